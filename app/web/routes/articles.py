"""Source articles: `/articles/{id}` (the text with every mention marked) and the API."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from app.db import queries
from app.web import marks
from app.web.deps import get_session
from app.web.errors import NotFound
from app.web.render import render
from app.web.schemas import NOT_FOUND, ArticleOut, ArticlesOut, article_out, summary_out

router = APIRouter()
SESSION = Depends(get_session)
LIST_LIMIT = 1000


@router.get("/api/articles", response_model=ArticlesOut)
def api_articles(session: Session = SESSION) -> ArticlesOut:
    return ArticlesOut(articles=[summary_out(a) for a in queries.list_articles(session)])


@router.get("/api/articles/{article_id}", response_model=ArticleOut, responses=NOT_FOUND)
def api_article(article_id: str, session: Session = SESSION) -> ArticleOut:
    article = queries.get_article(session, article_id)
    if article is None:
        raise NotFound("article", article_id)
    return article_out(article)


@router.get("/articles", include_in_schema=False)
def articles_page(request: Request, session: Session = SESSION) -> Response:
    return render(
        request, "articles.html", {"articles": queries.list_articles(session, limit=LIST_LIMIT)}
    )


@router.get("/articles/{article_id}", include_in_schema=False)
def article_page(request: Request, article_id: str, session: Session = SESSION) -> Response:
    article = queries.get_article(session, article_id)
    if article is None:
        raise NotFound("article", article_id)
    return render(
        request,
        "article.html",
        {
            "article": article,
            "paragraphs": marks.article_paragraphs(
                article.text, article.mentions, article.excluded
            ),
        },
    )
