"""the letters register's follow-up: the reply due date of each letter, and the replies received

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

A letter's reply due date is written when it is issued (the letter's own "báo cáo trước ngày",
the sender's reply_days after its date unless given); a letter issued before this migration has
none. A reply received is an event, recorded as a row of letter_replies: like the register itself,
that table is append-only (triggers refuse UPDATE and DELETE).

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # SQLite: a plain ADD COLUMN (a batch copy would drop the register's append-only triggers)
    op.add_column('letters', sa.Column('reply_due', sa.Date(), nullable=True))
    op.create_table('letter_replies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('province', sa.String(length=120), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('reference', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('letter_replies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_replies_letter_id'), ['letter_id'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE TRIGGER letter_replies_append_only BEFORE UPDATE OR DELETE ON letter_replies "
                   "FOR EACH ROW EXECUTE FUNCTION obligations_append_only()")
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER letter_replies_no_{verb.lower()} BEFORE {verb} ON letter_replies BEGIN "
                       "SELECT RAISE(ABORT, 'table letter_replies is append-only: add a new row'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS letter_replies_append_only ON letter_replies")
    with op.batch_alter_table('letter_replies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_replies_letter_id'))
    op.drop_table('letter_replies')
    op.drop_column('letters', 'reply_due')
