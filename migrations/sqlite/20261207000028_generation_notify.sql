-- PostgreSQL only (a trigger that NOTIFYs the other instances when the data's generation moves on).
-- SQLite is served by one process, which knows its own commits; this keeps the dialects' lists of
-- migrations alike.
SELECT 1;
