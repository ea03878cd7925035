"""Claims keep the day they state for themselves ("as of 1 March", "on Monday").

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("date", sa.String(10)),
    ("date_span", sa.Text),
    ("date_span_start", sa.Integer),
    ("date_span_end", sa.Integer),
    ("date_span_entity", sa.String(200)),
)


def upgrade() -> None:
    for name, kind in _COLUMNS:
        op.add_column("claims", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        for name, _kind in reversed(_COLUMNS):
            batch.drop_column(name)
