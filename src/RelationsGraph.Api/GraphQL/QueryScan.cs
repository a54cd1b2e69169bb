namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Counts, in one pass over a query's text and without parsing it, the field selections and directives it writes out.
/// A document's parsed syntax tree costs far more than its text (10,000 directives in 30 KB took 3.7 ms of processor
/// time and a megabyte of nodes to parse and refuse; 1,800 fields in 40 KB, 1.4 ms): a document that already writes
/// out more of either than allowed is refused from its text alone. Both counts are exact for an executable document:
/// a field is a name in a selection set (outside arguments) that is not an alias, a fragment's name, a type condition
/// or a directive's name; a directive is an '@' outside strings and comments. Fragment spreads are not expanded here
/// (<see cref="DocumentShape"/> does that on the parsed document), so a field count above the limit is a lower bound of
/// the expanded one: a document every fragment of which is used selects at least as many fields once expanded.
/// </summary>
internal static class QueryScan
{
    /// <summary>Fields and directives written out, and the deepest nesting of selection sets.</summary>
    public readonly record struct Counts(int Fields, int Directives, int Depth);

    public static Counts Count(ReadOnlySpan<char> query)
    {
        var fields = 0;
        var directives = 0;
        var selectionDepth = 0;   // braces of selection sets (outside parentheses)
        var deepest = 0;
        var argumentDepth = 0;    // parentheses: arguments, variable definitions, and the values inside them
        var namesToSkip = 0;      // names that follow '...' or '@': fragment names, 'on' and type conditions, directives
        var afterSpread = false;
        var index = 0;
        while (index < query.Length)
        {
            var c = query[index];
            switch (c)
            {
                case '#':
                    while (index < query.Length && query[index] is not ('\n' or '\r'))
                    {
                        index++;
                    }

                    continue;
                case '"':
                    index = SkipString(query, index);
                    namesToSkip = 0;
                    afterSpread = false;
                    continue;
                case '{':
                    if (argumentDepth == 0)
                    {
                        deepest = Math.Max(deepest, ++selectionDepth);
                    }

                    namesToSkip = 0;
                    afterSpread = false;
                    break;
                case '}':
                    if (argumentDepth == 0 && selectionDepth > 0)
                    {
                        selectionDepth--;
                    }

                    namesToSkip = 0;
                    afterSpread = false;
                    break;
                case '(':
                    argumentDepth++;
                    break;
                case ')':
                    argumentDepth = Math.Max(0, argumentDepth - 1);
                    break;
                case ':' when argumentDepth == 0 && selectionDepth > 0:
                    fields--;         // the name before it was an alias; the field's name follows
                    break;
                case '@':
                    directives++;
                    namesToSkip = 1;
                    afterSpread = false;
                    break;
                case '.':
                    if (query[index..].StartsWith("...", StringComparison.Ordinal))
                    {
                        namesToSkip = 1;
                        afterSpread = true;
                        index += 3;
                        continue;
                    }

                    break;
                default:
                    if (IsNameStart(c))
                    {
                        var start = index;
                        while (index < query.Length && IsNamePart(query[index]))
                        {
                            index++;
                        }

                        if (namesToSkip > 0)
                        {
                            // "... on Type": the type condition is one more name to skip.
                            namesToSkip += afterSpread && query[start..index] is "on" ? 1 : 0;
                            namesToSkip--;
                            afterSpread = false;
                        }
                        else if (argumentDepth == 0 && selectionDepth > 0)
                        {
                            fields++;
                        }

                        continue;
                    }

                    if (c is '-' or (>= '0' and <= '9'))
                    {
                        // A number (only in values): its letters (an exponent) are not names.
                        while (index < query.Length && (IsNamePart(query[index]) || query[index] is '.' or '+' or '-'))
                        {
                            index++;
                        }

                        continue;
                    }

                    break;
            }

            index++;
        }

        return new Counts(Math.Max(0, fields), directives, deepest);
    }

    private static int SkipString(ReadOnlySpan<char> query, int index)
    {
        if (query[index..].StartsWith("\"\"\"", StringComparison.Ordinal))
        {
            index += 3;
            while (index < query.Length)
            {
                if (query[index] == '\\' && query[index..].StartsWith("\\\"\"\"", StringComparison.Ordinal))
                {
                    index += 4;
                }
                else if (query[index..].StartsWith("\"\"\"", StringComparison.Ordinal))
                {
                    return index + 3;
                }
                else
                {
                    index++;
                }
            }

            return index;
        }

        index++;
        while (index < query.Length && query[index] is not ('"' or '\n' or '\r'))
        {
            index += query[index] == '\\' ? 2 : 1;
        }

        return Math.Min(query.Length, index + 1);
    }

    private static bool IsNameStart(char c) => c is '_' or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static bool IsNamePart(char c) => IsNameStart(c) || c is >= '0' and <= '9';
}
