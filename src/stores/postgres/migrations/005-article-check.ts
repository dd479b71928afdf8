/**
 * Schema version 5: the first step of storing an article as one server-side call, so a writer on
 * another machine pays one network round trip for it instead of four. `dyad_article_check` takes the
 * advisory locks on the article's LSH bands (dyad_lock_bands), then returns the stored duplicate (same
 * canonical URL, else same content) if there is one, else the near-duplicate candidates sharing a
 * band, each with its original's source key. Each statement in a PL/pgSQL function sees a fresh
 * snapshot, so the lookups after the locks see every writer that held them before.
 */
export const sql = `
CREATE FUNCTION dyad_article_check(p_bands bigint[], p_canonical text, p_hash text)
RETURNS TABLE (r_duplicate text, r_id bigint, r_signature bytea, r_copy_of bigint, r_original_source_key text)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dyad_lock_bands(p_bands);
  IF p_canonical IS NOT NULL THEN
    RETURN QUERY SELECT 'url'::text, a.id, NULL::bytea, NULL::bigint, NULL::text FROM articles a WHERE a.canonical_url = p_canonical;
    IF FOUND THEN RETURN; END IF;
  END IF;
  RETURN QUERY SELECT 'content'::text, a.id, NULL::bytea, NULL::bigint, NULL::text FROM articles a WHERE a.content_hash = p_hash;
  IF FOUND THEN RETURN; END IF;
  RETURN QUERY
    SELECT NULL::text, a.id, a.signature, a.copy_of, coalesce(o.source_key, a.source_key)
    FROM articles a LEFT JOIN articles o ON o.id = a.copy_of
    WHERE a.id IN (SELECT b.article_id FROM lsh_bands b WHERE b.band = ANY(p_bands))
    ORDER BY a.id;
END
$$;
`;
