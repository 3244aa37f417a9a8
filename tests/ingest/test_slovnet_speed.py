"""The cheaper slovnet steps (app/ingest/slovnet_speed.py) give exactly slovnet's results."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from slovnet.exec.encoders import WordShapeEncoder
from slovnet.exec.model import CRF, Conv1d, NavecEmbedding

from app.ingest import slovnet_speed

# The originals are kept by install(); installing twice changes nothing.
slovnet_speed.install()


class _Weight:
    def __init__(self, array: Any) -> None:
        self.array = array
        self.shape = array.shape


def _conv(in_dim: int, filters: int, kernel: int, padding: int, seed: int) -> Any:
    rng = np.random.default_rng(seed)
    conv = Conv1d.__new__(Conv1d)
    conv.__dict__.update(
        weight=_Weight(rng.standard_normal((filters, in_dim, kernel)).astype(np.float32)),
        bias=_Weight(rng.standard_normal(filters).astype(np.float32)),
        padding=padding,
    )
    return conv


# (batch, channels, sequence length, filters, kernel size, padding)
CONV_CASES = [
    (1, 4, 1, 3, 3, 1),
    (2, 5, 7, 6, 3, 1),
    (8, 16, 30, 12, 3, 1),
    (3, 8, 11, 4, 5, 2),
    (1, 3, 9, 2, 1, 0),
]


@pytest.mark.parametrize("batch,in_dim,seq,filters,kernel,padding", CONV_CASES)
def test_conv1d_same_numbers(
    batch: int, in_dim: int, seq: int, filters: int, kernel: int, padding: int
) -> None:
    conv = _conv(in_dim, filters, kernel, padding, seed=seq)
    x = np.random.default_rng(seq + 1).standard_normal((batch, in_dim, seq)).astype(np.float32)
    expected = slovnet_speed.ORIGINAL["conv"](conv, x)
    got = slovnet_speed.conv1d(conv, x)
    assert got.shape == expected.shape
    assert got.dtype == expected.dtype
    assert np.array_equal(got, expected)


# (batch, sequence length, tags, lengths of the sequences)
CRF_CASES = [
    (1, 1, 3, [1]),
    (2, 6, 5, [6, 3]),
    (4, 12, 7, [12, 1, 5, 12]),
    (3, 9, 9, [2, 9, 4]),
    (2, 1, 4, [1, 1]),
    (2, 5, 3, [5, 0]),
]


@pytest.mark.parametrize("batch,seq,tags,lengths", CRF_CASES)
def test_crf_decode_same_paths(batch: int, seq: int, tags: int, lengths: list[int]) -> None:
    rng = np.random.default_rng(batch * 100 + seq)
    crf = CRF.__new__(CRF)
    crf.__dict__["transitions"] = _Weight(rng.standard_normal((tags, tags)).astype(np.float32))
    emissions = rng.standard_normal((batch, seq, tags)).astype(np.float32)
    mask = np.array([[i < n for i in range(seq)] for n in lengths])
    expected = slovnet_speed.ORIGINAL["decode"](crf, emissions, mask)
    got = slovnet_speed.crf_decode(crf, emissions, mask)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g.dtype == e.dtype
        assert np.array_equal(g, e)


# (word ids, quantised dimensions, centroids, chunk)
NAVEC_CASES = [
    ([[0]], 2, 4, 3),
    ([[1, 2, 3], [3, 0, 0]], 5, 8, 2),
    ([[7, 1, 5, 2, 6, 0, 4, 3]], 10, 16, 3),
]


@pytest.mark.parametrize("ids,qdim,centroids,chunk", NAVEC_CASES)
def test_navec_embedding_same_vectors(
    ids: list[list[int]], qdim: int, centroids: int, chunk: int
) -> None:
    rng = np.random.default_rng(qdim)
    words = 8
    codes = rng.standard_normal((qdim, centroids, chunk)).astype(np.float32)
    indexes = rng.integers(0, centroids, (words, qdim)).astype(np.uint8)
    emb = NavecEmbedding("test", _Weight(indexes), _Weight(codes))
    word_ids = np.array(ids)
    expected = slovnet_speed.ORIGINAL["navec"](emb, word_ids)
    got = slovnet_speed.navec_embedding(emb, word_ids)
    got_again = slovnet_speed.navec_embedding(emb, word_ids)  # the flattened book is kept
    assert got.shape == expected.shape
    assert got.dtype == expected.dtype
    assert np.array_equal(got, expected)
    assert np.array_equal(got_again, expected)


class _Vocab:
    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def encode(self, item: str) -> int:
        return self.ids.setdefault(item, len(self.ids))


WORDS = [
    ["Посол", "вручил", "верительные", "грамоты", "."],
    ["посол", "ПОСОЛ", "Посол", "Санкт-Петербург", "2024", "—", "?!"],
    ["Посол", "вручил", "ноту", "МИД", "в", "пятницу", "."],
    [],
]


def test_encoder_item_same_ids() -> None:
    slow = WordShapeEncoder(_Vocab(), _Vocab())
    fast = WordShapeEncoder(_Vocab(), _Vocab())
    original = slovnet_speed.ORIGINAL["item"]
    for words in WORDS * 2:  # the second round is answered from the cache
        assert slovnet_speed.encoder_item(fast, words) == original(slow, words)


def test_installed() -> None:
    assert Conv1d.__call__ is slovnet_speed.conv1d
    assert CRF.decode is slovnet_speed.crf_decode
    assert WordShapeEncoder.item is slovnet_speed.encoder_item
    assert NavecEmbedding.__call__ is slovnet_speed.navec_embedding


