-- Step 1 of the documents table: each sighting with the columns the merge needs and its folded keys, and
-- the key range (bucket) of its document id. Written partitioned by bucket, so each range is then merged
-- on its own and the engine never holds more than one range's groups (memory stays flat as input grows).
-- sightings: the final sightings; keys: their staged folded title and summary; buckets: how many
-- ranges. Document ids are "d" and 16 hex digits (DocumentKey), so the first two digits order the ranges
-- as the ids sort: range 0 holds the smallest ids.
SELECT s.document_id, s.record_key, s.source_file, s.page, s.ordinal, s.line, s.truncated, s.title, s.summary,
    s.people, s.page_title, s.date_text, s.date_start, s.date_end, s.date_precision, s.date_edtf, s.title_dates,
    s.date_conflict, k.title_key, k.summary_key,
    (CAST('0x' || substr(s.document_id, 2, 2) AS INTEGER) * ${buckets}) // 256 AS bucket
FROM ${sightings} s JOIN ${keys} k USING (record_key)
