"""Cheaper, result-identical versions of four of slovnet's inner steps (issue 13).

natasha's models run on slovnet's numpy code. A profile of ingest found four steps of it
spending most of their time in Python or in memory copies rather than in arithmetic:

- ``Conv1d``: the matrix of convolution windows was copied out of a strided view whose
  innermost run is three floats; here the same matrix, byte for byte, is filled from a
  contiguous (batch, sequence, channel) copy one kernel position at a time (about 4x
  faster). The matrix product that follows is the same call on the same bytes.
- ``CRF.decode`` (the NER tagger's Viterbi pass) rebuilt the same index grids with
  ``np.indices`` once per token and followed the back-pointers by indexing numpy arrays
  token by token; here the grids are built once per batch and the back-pointers are read
  as Python lists. Every sum, argmax and gather is the same operation in the same order.
- ``NavecEmbedding`` (the word vectors) gathered its quantised code book with a two-array
  fancy index; here one ``take`` from the flattened book copies the same numbers.
- ``WordShapeEncoder.item`` looked up the vocabulary id and shape of every word each time
  it was seen; the pair is a pure function of the word, so it is kept per encoder.

Nothing read changes: the models' outputs are the same numbers (tests/ingest/
test_slovnet_speed.py compares them with slovnet's own code). ``install()`` replaces the
methods on slovnet's classes, once per process, before the models are used.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def conv1d(self: Any, input: Any) -> Any:
    """slovnet's ``Conv1d.__call__`` (batch x channels x sequence in, batch x filters x
    windows out), with the windows matrix built without a slow strided copy."""
    batch_size, in_dim, seq_len0 = input.shape
    filters_count, _, kernel_size = self.weight.shape
    padding = self.padding
    seq_len = seq_len0 + 2 * padding
    windows_count = seq_len - kernel_size + 1
    # zero padding on both ends of the sequence, as np.pad(..., constant_values=0) did
    seq_major = np.zeros((batch_size, seq_len, in_dim), dtype=input.dtype)
    seq_major[:, padding : padding + seq_len0, :] = input.swapaxes(1, 2)
    windows = np.empty((batch_size, windows_count, in_dim, kernel_size), dtype=input.dtype)
    for k in range(kernel_size):
        windows[:, :, :, k] = seq_major[:, k : k + windows_count, :]
    windows = windows.reshape(batch_size * windows_count, in_dim * kernel_size)
    weight = self.weight.array.reshape(filters_count, in_dim * kernel_size)
    output = np.matmul(windows, weight.T) + self.bias.array
    output = output.reshape(batch_size, windows_count, filters_count)
    return output.swapaxes(2, 1)


def crf_decode(self: Any, emissions: Any, mask: Any) -> list[Any]:
    """The best tag path of each sequence of a batch (Viterbi over the CRF's transition
    scores); emissions are batch x steps x tags, mask batch x steps.

    Written to give slovnet's ``CRF.decode`` answer exactly: each step's candidate scores
    are summed in its order (previous score, then transition, then emission), and the best
    score is the maximum, which is the value at the first argmax; the back-pointers are
    walked as Python lists, far cheaper than indexing numpy arrays per token."""
    transitions = self.transitions.array
    best = emissions[:, 0, :]
    pointers = []
    for step in range(1, emissions.shape[1]):
        cand = best[:, :, np.newaxis] + transitions + emissions[:, step, np.newaxis, :]
        pointers.append(cand.argmax(axis=1))
        best = np.where(mask[:, step, np.newaxis], cand.max(axis=1), best)
    rows = len(best)
    back = np.stack(pointers, axis=1).tolist() if pointers else [[] for _ in range(rows)]
    # slovnet walks `length - 1` pointers; an empty sequence's -1 keeps all but the last,
    # as its slice did
    lengths = mask.sum(axis=1) - 1
    paths = []
    for row, row_pointers, length in zip(best, back, lengths, strict=True):
        tag = row.argmax()
        path = [tag]
        for came_from in reversed(row_pointers[:length]):
            tag = came_from[tag]
            path.append(tag)
        path.reverse()
        paths.append(np.array(path))
    return paths


def navec_embedding(self: Any, input: Any) -> Any:
    """slovnet's ``NavecEmbedding.__call__``: the word vectors of an array of word ids,
    gathered with one ``take`` from the flattened code book instead of a two-array fancy
    index (the same numbers, copied in the same order)."""
    flat = self.__dict__.get("_flat_codes")
    if flat is None:
        qdim, centroids, chunk = self.codes.array.shape
        flat = self.__dict__["_flat_codes"] = (
            self.codes.array.reshape(qdim * centroids, chunk),
            np.arange(qdim, dtype=np.intp) * centroids,
        )
    codes, offsets = flat
    indexes = self.indexes.array[input.ravel()]
    output = codes.take(indexes.astype(np.intp) + offsets, axis=0)
    return output.reshape(*input.shape, self.dim)


def encoder_item(self: Any, words: list[str]) -> tuple[list[int], list[int]]:
    """slovnet's ``WordShapeEncoder.item``: (word ids, shape ids) of a list of words."""
    cache: dict[str, tuple[int, int]] | None = self.__dict__.get("_ids_by_word")
    if cache is None or len(cache) > _MAX_WORDS:  # a worker's memory stays bounded
        cache = self.__dict__["_ids_by_word"] = {}
    word_ids, shape_ids = [], []
    for word in words:
        ids = cache.get(word)
        if ids is None:
            (word_id,), (shape_id,) = ORIGINAL["item"](self, [word])
            ids = cache[word] = (word_id, shape_id)
        word_ids.append(ids[0])
        shape_ids.append(ids[1])
    return word_ids, shape_ids


# Distinct word forms kept per encoder (three encoders: morphology, NER, syntax).
_MAX_WORDS = 200_000

# slovnet's own methods, kept by install() (the item cache asks the original per new word;
# tests compare against them).
ORIGINAL: dict[str, Any] = {}


def install() -> None:
    """Put the four methods in place of slovnet's (once per process)."""
    if ORIGINAL:
        return
    from slovnet.exec.encoders import WordShapeEncoder
    from slovnet.exec.model import CRF, Conv1d, NavecEmbedding

    ORIGINAL.update(
        conv=Conv1d.__call__,
        decode=CRF.decode,
        item=WordShapeEncoder.item,
        navec=NavecEmbedding.__call__,
    )
    Conv1d.__call__ = conv1d
    NavecEmbedding.__call__ = navec_embedding
    CRF.decode = crf_decode
    WordShapeEncoder.item = encoder_item
