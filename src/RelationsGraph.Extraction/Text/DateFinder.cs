using System.Globalization;
using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Finds dates and periods in Vietnamese and English: 16/8, ngày 09/12/2021, ngày 25 tháng 8 năm 2022, tháng 5 năm
/// 2022, August 25, 2022, 25 August 2022, 2022-08-25, and periods 2021-2025 or từ năm 2022 đến năm 2026. A bare
/// day/month such as 2/3 or 3.11 is taken only where a day word (ngày, sáng, chiều…) or a parenthesis introduces it.
/// The words come from the rules' <see cref="DateForms"/>.
/// </summary>
internal static class DateFinder
{
    public static int DaysIn(int year, int month) => DateTime.DaysInMonth(year, month);

    /// <summary>Finds the dates and periods in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static (List<DateMention> Dates, List<PeriodMention> Periods) Find(TokenizedText text, int from, int to, DateForms forms)
    {
        var dates = new List<DateMention>();
        var periods = new List<PeriodMention>();
        var i = from;
        while (i < to)
        {
            // Every form begins with a number or one of the forms' words: any other token is passed with one look-up.
            if (!text[i].IsNumber && !forms.Words.Contains(text[i].NameKey))
            {
                i++;
            }
            else if (TryPeriod(text, i, to, forms, out var period))
            {
                periods.Add(period);
                i = period.Last;
            }
            else if (TryDate(text, i, to, forms, out var date))
            {
                dates.Add(date);
                i = date.Last;
            }
            else
            {
                i++;
            }
        }

        return (dates, periods);
    }

    private static bool TryDate(TokenizedText text, int i, int to, DateForms forms, out DateMention date)
    {
        date = null!;
        var token = text[i];
        if (token.IsNumber)
        {
            return TryNumericDate(text, i, to, forms, out date) || TryDayMonthName(text, i, to, forms, out date);
        }

        var word = token.NameKey;
        if (forms.DayNouns.Contains(word) && i + 3 < to && IsNumber(text, i + 1, 1, 31) && forms.MonthNouns.Contains(text[i + 2].NameKey) && IsNumber(text, i + 3, 1, 12))
        {
            var day = Value(text, i + 1);
            var month = Value(text, i + 3);
            if (i + 5 < to && forms.YearNouns.Contains(text[i + 4].NameKey) && IsYear(text, i + 5))
            {
                var year = Value(text, i + 5);
                if (day <= DaysIn(year, month))
                {
                    date = new DateMention(i, i + 6, year, month, day);
                    return true;
                }
            }

            if (day <= DaysIn(2024, month))
            {
                date = new DateMention(i, i + 4, null, month, day);
                return true;
            }
        }

        if (forms.MonthNouns.Contains(word) && i + 3 < to && IsNumber(text, i + 1, 1, 12))
        {
            if ((forms.YearNouns.Contains(text[i + 2].NameKey) && IsYear(text, i + 3)) || (Gap(text, i + 2) is "/" && IsYear(text, i + 2)))
            {
                var yearIndex = forms.YearNouns.Contains(text[i + 2].NameKey) ? i + 3 : i + 2;
                date = new DateMention(i, yearIndex + 1, Value(text, yearIndex), Value(text, i + 1), null);
                return true;
            }
        }

        if (forms.YearNouns.Contains(word) && i + 1 < to && IsYear(text, i + 1) && Gap(text, i + 2) is not ("-" or "–"))
        {
            date = new DateMention(i, i + 2, Value(text, i + 1), null, null);
            return true;
        }

        if (forms.MonthOf(token) is { } monthNumber && i + 1 < to && IsNumber(text, i + 1, 1, 31))
        {
            var day = Value(text, i + 1);
            var next = i + 2;
            if (next < to && forms.OrdinalSuffixes.Contains(text[next].NameKey) && Gap(text, next).Length == 0)
            {
                next++;
            }

            if (next < to && IsYear(text, next) && Gap(text, next).Trim() is "," or "")
            {
                var year = Value(text, next);
                if (day <= DaysIn(year, monthNumber))
                {
                    date = new DateMention(i, next + 1, year, monthNumber, day);
                    return true;
                }
            }

            if (day <= DaysIn(2024, monthNumber) && !IsYear(text, i + 1))
            {
                date = new DateMention(i, next, null, monthNumber, day);
                return true;
            }
        }

        if (forms.MonthOf(token) is { } monthOnly && !forms.MonthsNeedingYear.Contains(word) && i + 1 < to && IsYear(text, i + 1))
        {
            date = new DateMention(i, i + 2, Value(text, i + 1), monthOnly, null);
            return true;
        }

        return false;
    }

    private static bool TryNumericDate(TokenizedText text, int i, int to, DateForms forms, out DateMention date)
    {
        date = null!;
        if (IsYear(text, i) && i + 2 < to && Gap(text, i + 1) is "-" && Gap(text, i + 2) is "-" && IsNumber(text, i + 1, 1, 12) && IsNumber(text, i + 2, 1, 31))
        {
            var (year, month, day) = (Value(text, i), Value(text, i + 1), Value(text, i + 2));
            if (day <= DaysIn(year, month))
            {
                date = new DateMention(i, i + 3, year, month, day);
                return true;
            }

            return false;
        }

        if (!IsNumber(text, i, 1, 31) || i + 1 >= to)
        {
            return false;
        }

        var separator = Gap(text, i + 1);
        if (separator is not ("/" or "-" or ".") || !IsNumber(text, i + 1, 1, 12))
        {
            return false;
        }

        if (IsListedDay(text, i))
        {
            return false;
        }

        var dayValue = Value(text, i);
        var monthValue = Value(text, i + 1);
        if (i + 2 < to && Gap(text, i + 2).SequenceEqual(separator) && IsYear(text, i + 2))
        {
            var year = Value(text, i + 2);
            if (dayValue <= DaysIn(year, monthValue))
            {
                date = new DateMention(i, i + 3, year, monthValue, dayValue);
                return true;
            }

            return false;
        }

        if (dayValue > DaysIn(2024, monthValue) || (i + 2 < text.Count && Gap(text, i + 2) is "/" or "-" or "."))
        {
            return false;
        }

        // "16/9" after a day word or in parentheses; "3.11" and "3-11" only after a day word ("ngày 3.11", "Sáng 3-11"),
        // as they are also a number and a range.
        if (separator is "/" ? IntroducedAsDate(text, i, forms) : AfterDayWord(text, i, forms))
        {
            date = new DateMention(i, i + 2, null, monthValue, dayValue);
            return true;
        }

        return false;
    }

    private static bool TryDayMonthName(TokenizedText text, int i, int to, DateForms forms, out DateMention date)
    {
        date = null!;
        if (!IsNumber(text, i, 1, 31))
        {
            return false;
        }

        var next = i + 1;
        if (next < to && forms.OrdinalSuffixes.Contains(text[next].NameKey) && Gap(text, next).Length == 0)
        {
            next++;
        }

        if (next < to && forms.Of.Contains(text[next].NameKey))
        {
            next++;
        }

        if (next >= to || forms.MonthOf(text[next]) is not { } month || (forms.MonthsNeedingYear.Contains(text[next].NameKey) && !IsYear(text, next + 1)))
        {
            return false;
        }

        var day = Value(text, i);
        if (next + 1 < to && IsYear(text, next + 1) && Gap(text, next + 1).Trim() is "," or "")
        {
            var year = Value(text, next + 1);
            if (day <= DaysIn(year, month))
            {
                date = new DateMention(i, next + 2, year, month, day);
                return true;
            }

            return false;
        }

        if (day <= DaysIn(2024, month))
        {
            date = new DateMention(i, next + 1, null, month, day);
            return true;
        }

        return false;
    }

    private static bool TryPeriod(TokenizedText text, int i, int to, DateForms forms, out PeriodMention period)
    {
        period = null!;
        var first = i;
        var word = text[i].NameKey;
        if (forms.RangeFrom.Contains(word) && i + 1 < to)
        {
            var yearIndex = forms.YearNouns.Contains(text[i + 1].NameKey) ? i + 2 : i + 1;
            if (yearIndex + 2 < to && IsYear(text, yearIndex) && forms.RangeTo.Contains(text[yearIndex + 1].NameKey))
            {
                var endIndex = yearIndex + 2 < to && forms.YearNouns.Contains(text[yearIndex + 2].NameKey) ? yearIndex + 3 : yearIndex + 2;
                if (endIndex < to && IsYear(text, endIndex) && PlausiblePeriod(Value(text, yearIndex), Value(text, endIndex)))
                {
                    period = new PeriodMention(first, endIndex + 1, Value(text, yearIndex), Value(text, endIndex));
                    return true;
                }
            }

            return TryDatesPeriod(text, i, to, forms, out period);
        }

        if (TryMonthsPeriod(text, i, to, forms, out period))
        {
            return true;
        }

        if (!IsYear(text, i) || i + 1 >= to || !IsYear(text, i + 1))
        {
            return false;
        }

        var before = Gap(text, i);
        if (before.EndsWith('/') || before.EndsWith('-') || before.EndsWith('.'))
        {
            return false;
        }

        var separator = Gap(text, i + 1).Trim();
        if (separator is not ("-" or "–" or "—" or "‒") || Gap(text, i + 2) is "/" or "-" && i + 2 < text.Count && text[i + 2].IsNumber)
        {
            return false;
        }

        var (start, end) = (Value(text, i), Value(text, i + 1));
        if (!PlausiblePeriod(start, end))
        {
            return false;
        }

        period = new PeriodMention(i, i + 2, start, end);
        return true;
    }

    /// <summary>
    /// "valid from March 1, 2024, to February 28, 2029", "từ ngày 01/01/2025 đến ngày 31/12/2030": a range from one
    /// full date to another at least a year later is the period of their years (an instrument's term), not two dates of
    /// events; a shorter range (a visit over the new year) is left to the dates.
    /// </summary>
    private static bool TryDatesPeriod(TokenizedText text, int i, int to, DateForms forms, out PeriodMention period)
    {
        period = null!;
        if (!TryFullDateAt(text, i + 1, to, forms, out var start) || start.Last >= to || !forms.RangeTo.Contains(text[start.Last].NameKey)
            || !TryFullDateAt(text, start.Last + 1, to, forms, out var end))
        {
            return false;
        }

        var (startYear, endYear) = (start.Year!.Value, end.Year!.Value);
        var startDay = new DateOnly(startYear, start.Month!.Value, start.Day!.Value);
        var endDay = new DateOnly(endYear, end.Month!.Value, end.Day!.Value);
        if (!PlausiblePeriod(startYear, endYear) || endDay.DayNumber - startDay.DayNumber < 364)
        {
            return false;
        }

        period = new PeriodMention(i, end.Last, startYear, endYear);
        return true;
    }

    /// <summary>A date with its day, month and year at token <paramref name="i"/>, or after a day word there ("ngày").</summary>
    private static bool TryFullDateAt(TokenizedText text, int i, int to, DateForms forms, out DateMention date)
    {
        date = null!;
        if (i >= to)
        {
            return false;
        }

        if (TryDate(text, i, to, forms, out date) && date.IsFullDate)
        {
            return true;
        }

        return forms.DayWords.Contains(text[i].NameKey) && i + 1 < to && TryDate(text, i + 1, to, forms, out date) && date.IsFullDate;
    }

    /// <summary>"(May 2020 – May 2025)": a month of one year to a month of a later one is the period of those years.</summary>
    private static bool TryMonthsPeriod(TokenizedText text, int i, int to, DateForms forms, out PeriodMention period)
    {
        period = null!;
        if (i + 3 >= to || forms.MonthOf(text[i]) is null || !IsYear(text, i + 1) || forms.MonthOf(text[i + 2]) is null || !IsYear(text, i + 3)
            || Gap(text, i + 2).Trim() is not ("-" or "–" or "—" or "‒") || !PlausiblePeriod(Value(text, i + 1), Value(text, i + 3)))
        {
            return false;
        }

        period = new PeriodMention(i, i + 4, Value(text, i + 1), Value(text, i + 3));
        return true;
    }

    private static bool PlausiblePeriod(int start, int end) => start < end && end - start <= 20;

    /// <summary>"13,14,15/4" lists days of one month: not a date of an event.</summary>
    private static bool IsListedDay(TokenizedText text, int i) =>
        i > 0 && text[i - 1].IsNumber && Gap(text, i) is ",";

    private static bool AfterDayWord(TokenizedText text, int i, DateForms forms) =>
        i > 0 && text.IsJoinedToPrevious(i)
        && (forms.DayWords.Contains(text.KeyOf(i - 1))
            || (i > 1 && forms.DayWordSuffixes.Contains(text.KeyOf(i - 1)) && text.IsJoinedToPrevious(i - 1) && forms.DayWords.Contains(text.KeyOf(i - 2))));

    private static bool IntroducedAsDate(TokenizedText text, int i, DateForms forms)
    {
        if (AfterDayWord(text, i, forms))
        {
            return true;
        }

        var before = Gap(text, i);
        return before.Contains('(') || (i == 0 && Gap(text, i + 2).TrimStart().StartsWith(','));
    }

    private static ReadOnlySpan<char> GapSpan(TokenizedText text, int index) =>
        index < text.Count ? text.GapBefore(index) : [];

    private static string Gap(TokenizedText text, int index) => GapSpan(text, index).ToString();

    private static bool IsNumber(TokenizedText text, int index, int min, int max) =>
        index < text.Count && text[index].IsNumber && text[index].Length <= 4 && Value(text, index) is var value && value >= min && value <= max;

    private static bool IsYear(TokenizedText text, int index) =>
        index < text.Count && text[index].IsNumber && text[index].Length == 4 && Value(text, index) is >= 1945 and <= 2100;

    private static int Value(TokenizedText text, int index) =>
        int.Parse(text[index].NameKey, NumberStyles.None, CultureInfo.InvariantCulture);
}
