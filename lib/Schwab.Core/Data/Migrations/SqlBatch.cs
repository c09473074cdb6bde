namespace Schwab.Core.Data.Migrations;

/// <summary>One <c>GO</c>-separated batch of a SQL Server script.</summary>
/// <param name="Text">The batch text.</param>
/// <param name="OutsideTransaction">True when the batch carries the <c>-- migrate: outside-transaction</c> marker.</param>
internal sealed record SqlBatch(string Text, bool OutsideTransaction);
