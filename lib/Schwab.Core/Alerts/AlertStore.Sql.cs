namespace Schwab.Core.Alerts;

/// <summary>The SQL of <see cref="AlertStore"/>, one constant per dialect.</summary>
internal sealed partial class AlertStore
{
    // A resolved key raised again starts a new incident: first_seen_at moves, last_sent_at stays (throttling still holds).
    private const string RecordSqlite = """
        INSERT INTO SCHWAB_ALERTS (alert_key, subject, first_seen_at, last_seen_at, last_sent_at, occurrence_count, resolved_at)
        VALUES (@Key, @Subject, @Now, @Now, NULL, 1, NULL)
        ON CONFLICT (alert_key) DO UPDATE SET
            subject = excluded.subject,
            first_seen_at = CASE WHEN SCHWAB_ALERTS.resolved_at IS NULL THEN SCHWAB_ALERTS.first_seen_at ELSE excluded.first_seen_at END,
            last_seen_at = excluded.last_seen_at,
            occurrence_count = SCHWAB_ALERTS.occurrence_count + 1,
            resolved_at = NULL
        """;

    private const string RecordSqlServer = """
        SET XACT_ABORT ON;
        BEGIN TRANSACTION;
        UPDATE $(OPT).SCHWAB.ALERTS WITH (UPDLOCK, SERIALIZABLE)
        SET subject = @Subject,
            first_seen_at = CASE WHEN resolved_at IS NULL THEN first_seen_at ELSE @Now END,
            last_seen_at = @Now,
            occurrence_count = occurrence_count + 1,
            resolved_at = NULL
        WHERE alert_key = @Key;
        IF @@ROWCOUNT = 0
            INSERT INTO $(OPT).SCHWAB.ALERTS (alert_key, subject, first_seen_at, last_seen_at, last_sent_at, occurrence_count, resolved_at)
            VALUES (@Key, @Subject, @Now, @Now, NULL, 1, NULL);
        COMMIT TRANSACTION;
        """;

    private const string GetSqlite = "SELECT " + Columns + " FROM SCHWAB_ALERTS WHERE alert_key = @Key";

    private const string GetSqlServer = "SELECT " + Columns + " FROM $(OPT).SCHWAB.ALERTS WHERE alert_key = @Key";

    private const string ListOpenSqlite = "SELECT " + Columns + " FROM SCHWAB_ALERTS WHERE resolved_at IS NULL";

    private const string ListOpenSqlServer = "SELECT " + Columns + " FROM $(OPT).SCHWAB.ALERTS WHERE resolved_at IS NULL";

    // Compare-and-swap on the value this process read: equality only (no instant ordering in SQLite text).
    private const string ClaimSqlite = """
        UPDATE SCHWAB_ALERTS SET last_sent_at = @Now
        WHERE alert_key = @Key AND last_sent_at IS @Previous
        """;

    private const string ClaimSqlServer = """
        UPDATE $(OPT).SCHWAB.ALERTS SET last_sent_at = @Now
        WHERE alert_key = @Key AND (last_sent_at = @Previous OR (last_sent_at IS NULL AND @Previous IS NULL))
        """;

    private const string ReleaseSqlite = """
        UPDATE SCHWAB_ALERTS SET last_sent_at = @Previous
        WHERE alert_key = @Key AND last_sent_at = @Claimed
        """;

    private const string ReleaseSqlServer = """
        UPDATE $(OPT).SCHWAB.ALERTS SET last_sent_at = @Previous
        WHERE alert_key = @Key AND last_sent_at = @Claimed
        """;

    private const string ResolveSqlite = """
        UPDATE SCHWAB_ALERTS SET resolved_at = @Now
        WHERE alert_key = @Key AND resolved_at IS NULL
        """;

    private const string ResolveSqlServer = """
        UPDATE $(OPT).SCHWAB.ALERTS SET resolved_at = @Now
        WHERE alert_key = @Key AND resolved_at IS NULL
        """;
}
