"""the store: facts, registries, users, tokens, letters, audit log

Revision ID: 0001
Revises: 
Create Date: 2026-12-01

Facts, the audit log, the letters register, registries and imports are append-only: triggers make
the database refuse an UPDATE or DELETE of their rows, whatever client connects.

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

APPEND_ONLY = ("facts", "audit_log", "letters", "registries", "fact_imports")


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('principal', sa.String(length=120), nullable=True),
    sa.Column('province', sa.String(length=120), nullable=True),
    sa.Column('address', sa.String(length=80), nullable=True),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_province'), ['province'], unique=False)

    op.create_table('fact_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('principal', sa.String(length=120), nullable=False),
    sa.Column('idempotency_key', sa.String(length=200), nullable=True),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('principal', 'idempotency_key', name='uq_import_key')
    )
    op.create_table('letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('province', sa.String(length=120), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('letter_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('recipient', sa.Text(), nullable=False),
    sa.Column('recipient_agency', sa.String(length=120), nullable=True),
    sa.Column('findings', sa.JSON(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('known_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('catalogue_version', sa.String(length=80), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('province', 'number', name='uq_letter_number')
    )
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letters_province'), ['province'], unique=False)

    op.create_table('registries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('province', sa.String(length=120), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('sample', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('registries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registries_province'), ['province'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=120), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('province', sa.String(length=120), nullable=False),
    sa.Column('agency', sa.String(length=120), nullable=True),
    sa.Column('sample', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('facts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=False),
    sa.Column('province', sa.String(length=120), nullable=False),
    sa.Column('agency', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.String(length=255), nullable=False),
    sa.Column('metric', sa.String(length=120), nullable=True),
    sa.Column('obligation', sa.String(length=255), nullable=True),
    sa.Column('period', sa.String(length=20), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('reported', sa.Date(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=255), nullable=False),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['fact_imports.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facts_agency'), ['agency'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_import_id'), ['import_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_province'), ['province'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_recorded_at'), ['recorded_at'], unique=False)
        batch_op.create_index('ix_facts_subject', ['agency', 'kind', 'subject', 'period'], unique=False)

    op.create_table('tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('province', sa.String(length=120), nullable=False),
    sa.Column('agency', sa.String(length=120), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    _append_only()


def _append_only() -> None:
    """Refuse UPDATE and DELETE on the append-only tables, in SQLite and in PostgreSQL."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION obligations_append_only() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'table % is append-only: add a new row (a revision or a withdrawal)', TG_TABLE_NAME;
            END;
            $$ LANGUAGE plpgsql""")
        for table in APPEND_ONLY:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION obligations_append_only()")
    else:
        for table in APPEND_ONLY:
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} BEGIN "
                           f"SELECT RAISE(ABORT, 'table {table} is append-only: add a new row (a revision or a withdrawal)'); END")


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name == "postgresql":
        for table in APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        op.execute("DROP FUNCTION IF EXISTS obligations_append_only()")
    op.drop_table('tokens')
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.drop_index('ix_facts_subject')
        batch_op.drop_index(batch_op.f('ix_facts_recorded_at'))
        batch_op.drop_index(batch_op.f('ix_facts_province'))
        batch_op.drop_index(batch_op.f('ix_facts_import_id'))
        batch_op.drop_index(batch_op.f('ix_facts_agency'))

    op.drop_table('facts')
    op.drop_table('users')
    with op.batch_alter_table('registries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registries_province'))

    op.drop_table('registries')
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letters_province'))

    op.drop_table('letters')
    op.drop_table('fact_imports')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_province'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
