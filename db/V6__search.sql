-- Search of the published news that works for Chinese. PostgreSQL's default parser sees a run of Han characters
-- as one word and pg_trgm needs three characters, yet most Chinese words are two characters long. So the
-- portal tokenises in Java (ChineseTokens): every Han character and every overlapping pair of characters, plus
-- lower-cased Latin words and numbers (after NFKC, so full-width ＡＢＣ１２３ is abc123). The document holds
-- these terms, space-separated, through the 'simple' configuration, weighted A for the title, B for the
-- summary and C for the body, photo captions and alt texts. A query of one character looks for that character;
-- a longer one needs all of its pairs, so "高质量发展" finds the phrase, and "江西" does not find 江 and 西 apart.
--
-- One row per live article, written in the transaction of the transition that changes what readers see.
-- The migration leaves the table empty on purpose: only the Java tokeniser builds documents (no second,
-- approximate tokeniser in SQL), and the portal indexes every live article without a row at start. A later
-- change of the tokeniser ships a migration that empties this table.
create table article_search (
    article_id   bigint primary key references article on delete cascade,
    office_code  text        not null references office,
    published_at timestamptz not null,
    document     tsvector    not null
);
comment on table article_search is
    'One row per live article: its Han characters, pairs of characters and Latin words (see ChineseTokens)';

-- Without the fast-update pending list: rows change only when an article goes online or offline, and every
-- search would otherwise scan the whole pending list until a vacuum merges it (after the catch-up of many
-- articles at start, long enough that the planner rightly prefers reading the whole table).
create index article_search_document_idx on article_search using gin (document) with (fastupdate = off);
