-- Every stored snapshot is announced on the channel compare_snapshots, in the transaction that stores it, so every process
-- of a deployment (the WatchFindings streams of any api process) hears of it whichever process stored it, and only once it
-- has committed. The payload names the snapshot; listeners read it from the table.
CREATE FUNCTION compare_notify_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('compare_snapshots', json_build_object('story', NEW.story_id, 'version', NEW.version)::text);
    RETURN NEW;
END;
$$;

CREATE TRIGGER comparison_snapshots_notify AFTER INSERT ON comparison_snapshots
    FOR EACH ROW EXECUTE FUNCTION compare_notify_snapshot();
