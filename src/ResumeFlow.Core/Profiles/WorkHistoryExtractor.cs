using System.Text;

namespace ResumeFlow.Core.Profiles;

/// <summary>
/// Jobs from experience sections: every date range anchors one job; the title, employer and place
/// come from the rest of that line and the short lines just above or below it; the lines that
/// follow, up to the next job, describe it.
/// </summary>
internal static class WorkHistoryExtractor
{
    private const int MaxDescriptionChars = 2000;
    private const int MaxLeadChars = 60;

    public static List<WorkEntry> Extract(IReadOnlyList<ProfileLine> lines, YearMonth asOf)
    {
        var entries = new List<WorkEntry>();
        if (lines.Count == 0)
        {
            return entries;
        }

        var joined = new StringBuilder();
        var starts = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = joined.Length;
            joined.Append(lines[i].Text).Append('\n');
        }

        var text = joined.ToString();
        var anchors = new List<Anchor>();
        foreach (var range in DateRangeParser.FindRanges(text))
        {
            var first = LineAt(starts, range.Index);
            var last = LineAt(starts, range.Index + range.Length - 1);
            if (anchors.Count > 0 && anchors[^1].LastLine >= first)
            {
                continue;
            }

            // A range deep inside a long sentence ("… and in 2012-2013 I led…") is not a job's dates; one in the line's
            // opening words ("June 2017 - Aug 2019: Acted as…", "Served as Rehabilitation Counselor from 2016 to 2020,
            // undertaking…") or after a job title is.
            var before = EntryText.StripBullet(lines[first].Text[..Math.Max(0, range.Index - starts[first])]).Trim();
            if (first == last && lines[first].Text.Length > 160 && before.Length > MaxLeadChars && !EntryText.IsTitle(before))
            {
                continue;
            }

            anchors.Add(new Anchor(range, first, last));
        }

        var consumedUntil = -1;
        for (var a = 0; a < anchors.Count; a++)
        {
            var anchor = anchors[a];
            var nextAnchorFirst = a + 1 < anchors.Count ? anchors[a + 1].FirstLine : lines.Count;
            var pieces = new List<string>();

            // Short lines just above (title / employer lines before the dates).
            var above = new List<int>();
            for (var i = anchor.FirstLine - 1; i > consumedUntil && above.Count < 2; i--)
            {
                if (lines[i].IsBlank)
                {
                    if (above.Count > 0)
                    {
                        break;
                    }

                    continue;
                }

                if (!EntryText.IsHeaderLike(lines[i].Text))
                {
                    break;
                }

                above.Insert(0, i);
            }

            foreach (var i in above)
            {
                pieces.AddRange(EntryText.Pieces(EntryText.StripBullet(lines[i].Text)));
            }

            pieces.AddRange(SameLinePieces(lines, starts, anchor));

            var headerEnd = anchor.LastLine;
            var info = Classify(pieces);
            for (var i = anchor.LastLine + 1; i < nextAnchorFirst && i <= anchor.LastLine + 3 && (info.Title is null || info.Company is null || info.Location is null); i++)
            {
                if (lines[i].IsBlank)
                {
                    continue;
                }

                if (!EntryText.IsHeaderLike(lines[i].Text) || EntryText.WordCount(lines[i].Text) > 8)
                {
                    break;
                }

                var more = EntryText.Pieces(EntryText.StripBullet(lines[i].Text));
                var merged = Classify([.. pieces, .. more]);

                // A following line only fills what is missing; one that would replace the title or
                // employer belongs to the next job.
                if (merged == info || (info.Title is not null && merged.Title != info.Title) || (info.Company is not null && merged.Company != info.Company))
                {
                    break;
                }

                pieces.AddRange(more);
                info = merged;
                headerEnd = i;
            }

            // The next job's title/employer lines above its dates are not part of this description.
            var descriptionEnd = nextAnchorFirst;
            if (a + 1 < anchors.Count)
            {
                var k = nextAnchorFirst - 1;
                var taken = 0;
                while (k > headerEnd && taken < 2 && (lines[k].IsBlank || EntryText.IsHeaderLike(lines[k].Text)))
                {
                    if (!lines[k].IsBlank)
                    {
                        taken++;
                    }

                    k--;
                }

                descriptionEnd = k + 1;
            }

            var description = new StringBuilder();
            for (var i = headerEnd + 1; i < descriptionEnd && description.Length < MaxDescriptionChars; i++)
            {
                if (!lines[i].IsBlank)
                {
                    description.Append(lines[i].Text).Append('\n');
                }
            }

            var range = anchor.Range;
            var experience = new WorkExperience(
                info.Title,
                info.Company,
                info.Location,
                range.Start.ToString(),
                range.End?.ToString(),
                range.IsOpen,
                range.Months(asOf),
                range.Text,
                description.Length > 0 ? Truncate(description.ToString().TrimEnd()) : null);
            var firstLine = above.Count > 0 ? above[0] : anchor.FirstLine;
            entries.Add(new WorkEntry(experience, lines[firstLine].Index, lines[Math.Max(descriptionEnd - 1, headerEnd)].Index, range));
            consumedUntil = headerEnd;
        }

        return entries;
    }

    private static string Truncate(string text) => text.Length <= MaxDescriptionChars ? text : text[..MaxDescriptionChars];

    private static IEnumerable<string> SameLinePieces(IReadOnlyList<ProfileLine> lines, int[] starts, Anchor anchor)
    {
        var range = anchor.Range;
        var firstText = lines[anchor.FirstLine].Text;
        var before = firstText[..Math.Max(0, range.Index - starts[anchor.FirstLine])];
        var lastText = lines[anchor.LastLine].Text;
        var afterStart = range.Index + range.Length - starts[anchor.LastLine];
        var after = afterStart < lastText.Length ? lastText[afterStart..] : string.Empty;
        return EntryText.Pieces(EntryText.StripBullet(before)).Concat(EntryText.Pieces(after));
    }

    private static EntryInfo Classify(List<string> pieces)
    {
        string? title = null, company = null, location = null;
        var unknown = new List<string>();
        var maybeCompanies = new List<string>();
        foreach (var piece in pieces)
        {
            if (piece.Length > 80)
            {
                continue;
            }

            if (location is null && EntryText.IsLocation(piece))
            {
                location = piece;
            }
            else if (company is null && EntryText.IsCompany(piece))
            {
                company = piece;
            }
            else if (title is null && EntryText.IsTitle(piece))
            {
                title = piece;
            }
            else if (EntryText.MaybeCompany(piece))
            {
                maybeCompanies.Add(piece);
            }
            else if (!EntryText.IsLocation(piece))
            {
                unknown.Add(piece);
            }
        }

        company ??= maybeCompanies.FirstOrDefault();
        foreach (var piece in unknown.Concat(maybeCompanies.Skip(company is null ? 0 : 1)))
        {
            if (title is null)
            {
                title = piece;
            }
            else if (company is null && piece != title)
            {
                company = piece;
            }
        }

        return new EntryInfo(title, company, location);
    }

    private static int LineAt(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private sealed record Anchor(DateRange Range, int FirstLine, int LastLine);

    private sealed record EntryInfo(string? Title, string? Company, string? Location);
}

/// <summary>A job with the document lines it spans, for attributing skill mentions to it.</summary>
internal sealed record WorkEntry(WorkExperience Experience, int FirstLine, int LastLine, DateRange Range);
