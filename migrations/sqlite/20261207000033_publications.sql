-- Publications (issue 17 item 6): publishing the wijkdeal (later also the dossier, the scan and the
-- coalition, agenda and progress pages) makes an immutable, dated snapshot with its own address: the
-- page as HTML and as a PDF from the report engine. Rows are never changed; a newer one of the same
-- kind supersedes the older visibly.
CREATE TABLE publications (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('wijkdeal', 'stand', 'scan', 'coalitie', 'agenda', 'voortgang')),
    title TEXT NOT NULL,
    html TEXT NOT NULL,
    pdf BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at TEXT NOT NULL,
    CONSTRAINT publications_titled CHECK (title <> '')
);
CREATE INDEX publications_programme_idx ON publications (programme_id, kind, id);

-- Who signed the wijkdeal for which party on which date (a representative of the party).
CREATE TABLE wijkdeal_signatures (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    party_id INTEGER NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    person TEXT NOT NULL,
    role TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT wijkdeal_signatures_named CHECK (person <> '' AND signed_on <> '')
);
CREATE INDEX wijkdeal_signatures_programme_idx ON wijkdeal_signatures (programme_id, party_id);
