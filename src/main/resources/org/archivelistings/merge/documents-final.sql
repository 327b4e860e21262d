-- Step 4 of the documents table, for one range: step 2's rows with their links, in document id order.
-- range: step 2's rows of this range; related: step 3's links.
SELECT m.* EXCLUDE (title_key, summary_key),
    -- A very common title must not link a document to hundreds: the first 20 by id.
    coalesce(r.related[1:20], []::STRUCT(document_id VARCHAR, reason VARCHAR)[]) AS related
FROM ${range} m
LEFT JOIN ${related} r USING (document_id)
ORDER BY m.document_id
