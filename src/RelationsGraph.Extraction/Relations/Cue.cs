using System.Reflection;
using RelationsGraph.Common;

namespace RelationsGraph.Extraction.Relations;

/// <summary>What a cue word or phrase signals to the extractor: a set of named cues, one bit each of 128.</summary>
/// <remarks>
/// Two words rather than a flags enum, whose 64 bits were all taken. A new cue is one member below with the next free
/// bit; cues.tsv names it by its code, the member's name in snake case ("to_date" for <see cref="ToDate"/>).
/// </remarks>
public readonly record struct Cue
{
    private const int Capacity = 128;

    private readonly ulong _low;
    private readonly ulong _high;

    private Cue(ulong low, ulong high)
    {
        _low = low;
        _high = high;
    }

    public static readonly Cue None;

    /// <summary>ký, ký kết, signed: an instrument was (or will be) signed.</summary>
    public static readonly Cue Sign = Bit(0);

    /// <summary>ban hành, issued: a unilateral instrument was issued.</summary>
    public static readonly Cue Issue = Bit(1);

    /// <summary>sẽ, dự kiến, will, expected to: the instrument is planned, not yet concluded.</summary>
    public static readonly Cue Planned = Bit(2);

    /// <summary>căn cứ, đánh giá kết quả, previously: mentioned as past context.</summary>
    public static readonly Cue Background = Bit(3);

    /// <summary>tại, ở, in, at: a venue follows.</summary>
    public static readonly Cue Venue = Bit(4);

    /// <summary>hai tỉnh, both sides: refers back to the pair the text is about.</summary>
    public static readonly Cue BothSides = Bit(5);

    /// <summary>tỉnh bạn, its counterpart: the other side of the pair.</summary>
    public static readonly Cue Counterpart = Bit(6);

    /// <summary>đoàn, delegation: the visiting side.</summary>
    public static readonly Cue Delegation = Bit(7);

    /// <summary>ông, bà, Mr: a person's name follows.</summary>
    public static readonly Cue Honorific = Bit(8);

    /// <summary>Lãnh sự, Embassy: a national office, whose seat is not a party.</summary>
    public static readonly Cue Office = Bit(9);

    /// <summary>phường, xã, ward, commune: the name that follows is not a province.</summary>
    public static readonly Cue Ward = Bit(10);

    /// <summary>huyện, thị xã, district.</summary>
    public static readonly Cue District = Bit(11);

    /// <summary>tỉnh, province, prefecture, khu tự trị.</summary>
    public static readonly Cue Province = Bit(12);

    /// <summary>thành phố, TP, city.</summary>
    public static readonly Cue City = Bit(13);

    /// <summary>trực tuyến, online.</summary>
    public static readonly Cue Online = Bit(14);

    /// <summary>trực tiếp, in person.</summary>
    public static readonly Cue InPerson = Bit(15);

    /// <summary>tham dự, attending.</summary>
    public static readonly Cue Attend = Bit(16);

    /// <summary>chủ trì, chaired.</summary>
    public static readonly Cue Chair = Bit(17);

    /// <summary>thay thế, replaced.</summary>
    public static readonly Cue Replaces = Bit(18);

    /// <summary>thực hiện, implementation of.</summary>
    public static readonly Cue Implements = Bit(19);

    /// <summary>gia hạn, renewed.</summary>
    public static readonly Cue Renews = Bit(20);

    /// <summary>hợp tác, cooperation, friendship, twinning: the sentence is about relations.</summary>
    public static readonly Cue Cooperation = Bit(21);

    /// <summary>hỗ trợ, support, provide: a commitment may follow.</summary>
    public static readonly Cue Support = Bit(22);

    /// <summary>tặng, trao tặng, donate, present: a gift may follow.</summary>
    public static readonly Cue Gift = Bit(23);

    /// <summary>đến, sang, visit to: the place that follows is visited (a host), not a venue.</summary>
    public static readonly Cue VisitTo = Bit(24);

    /// <summary>cho, to, for: the recipient of a commitment follows.</summary>
    public static readonly Cue Recipient = Bit(25);

    /// <summary>thường niên, annual, lần thứ: a recurring meeting of a standing body.</summary>
    public static readonly Cue Recurring = Bit(26);

    /// <summary>Photo or source credit: "Ảnh:", "Photo:", "Nguồn:", "Theo".</summary>
    public static readonly Cue Credit = Bit(27);

    /// <summary>giữa, between: the parties follow.</summary>
    public static readonly Cue Between = Bit(28);

    /// <summary>và, với, and, with: coordinates names.</summary>
    public static readonly Cue And = Bit(29);

    /// <summary>tổng kinh phí, total budget.</summary>
    public static readonly Cue Budget = Bit(30);

    /// <summary>tổ chức, cử, đón, organise, send, host: a counted pledge may follow (courses, delegations, experts).</summary>
    public static readonly Cue Provide = Bit(31);

    /// <summary>trước, before, until, đến, by: a deadline date follows, not an event's date.</summary>
    public static readonly Cue Deadline = Bit(32);

    /// <summary>hàng (năm), annually, every: a date that recurs, not an event's date.</summary>
    public static readonly Cue Every = Bit(33);

    /// <summary>tầm nhìn, vision: the years that follow are a horizon, not a period.</summary>
    public static readonly Cue Vision = Bit(34);

    /// <summary>từ, from: an origin follows ("đoàn đại biểu từ tỉnh X" comes from X).</summary>
    public static readonly Cue Origin = Bit(35);

    /// <summary>đồng thời, ngoài ra, while, besides: after a comma, a new clause with its own subject starts.</summary>
    public static readonly Cue ClauseOpener = Bit(36);

    /// <summary>và, and: the coordinating conjunction itself.</summary>
    public static readonly Cue Conjunction = Bit(37);

    /// <summary>với, with: the partner of the action follows.</summary>
    public static readonly Cue With = Bit(38);

    /// <summary>cùng, along, together: the people who accompany follow.</summary>
    public static readonly Cue Accompanying = Bit(39);

    /// <summary>tỉnh, thành phố, the province: at a sentence's start, the province the text is about.</summary>
    public static readonly Cue HomeSubject = Bit(40);

    /// <summary>cũng, đã, sẽ, đang: a verb phrase continues the subject ("Tỉnh cũng đã ký…").</summary>
    public static readonly Cue SubjectContinuation = Bit(41);

    /// <summary>và, and, với, tỉnh, of, the: what may stand between two coordinated names.</summary>
    public static readonly Cue NameJoiner = Bit(42);

    /// <summary>trong, về, in, on, công tác: a domain of cooperation follows ("hợp tác trong công tác Mặt trận").</summary>
    public static readonly Cue DomainIntro = Bit(43);

    /// <summary>Ký, Sign, Tiến tới ký, Dự kiến: an item of a plan that orders a signing, which is therefore planned.</summary>
    public static readonly Cue Imperative = Bit(44);

    /// <summary>trong, ngoài (ra), besides, in: after a comma, a new clause of pledges starts.</summary>
    public static readonly Cue PledgeClauseOpener = Bit(45);

    /// <summary>năm, in, year: a year follows.</summary>
    public static readonly Cue YearIntro = Bit(46);

    /// <summary>lần, kỳ họp, hội nghị, khóa, phiên: "thứ" and an ordinal may follow.</summary>
    public static readonly Cue OrdinalIntro = Bit(47);

    /// <summary>thứ: an ordinal follows ("lần thứ 13").</summary>
    public static readonly Cue OrdinalMarker = Bit(48);

    /// <summary>conference, meeting, session: a session noun after an ordinal word ("the first meeting").</summary>
    public static readonly Cue SessionNoun = Bit(49);

    /// <summary>date, published, cập nhật: a page's publication or update stamp follows, not an event's date.</summary>
    public static readonly Cue Stamp = Bit(50);

    /// <summary>for (2016), năm (2025) right after an instrument: the one year the instrument covers.</summary>
    public static readonly Cue PeriodYear = Bit(51);

    /// <summary>xây dựng, build, upgrade: money pledged with it funds a project.</summary>
    public static readonly Cue Construction = Bit(52);

    /// <summary>full, additional: a word that may stand between a number and what it counts ("two full scholarships").</summary>
    public static readonly Cue PledgeModifier = Bit(53);

    /// <summary>của, of: the name that follows owns what comes before ("chuyên gia của tỉnh Bắc Giang").</summary>
    public static readonly Cue Possessive = Bit(54);

    /// <summary>đón tiếp, tiếp nhận, host: the host pledges to those it receives ("đón 02 đoàn của tỉnh X": X receives).</summary>
    public static readonly Cue Host = Bit(55);

    /// <summary>sau, after: earlier partners of the other side follow ("the third after Nghe An and HCM City"), not parties.</summary>
    public static readonly Cue EarlierPartner = Bit(56);

    /// <summary>localities, states, địa phương: after a number, a count of unnamed units ("with four Australian states"): not the pair.</summary>
    public static readonly Cue CountedUnits = Bit(57);

    /// <summary>merger, sáp nhập: the text speaks of a merger of units, so an undated text is written after it.</summary>
    public static readonly Cue Merger = Bit(58);

    /// <summary>cooperation orientations, phương hướng hợp tác: a year after it ("in 2023", "năm 2024") is the one year agreed on.</summary>
    public static readonly Cue Orientation = Bit(59);

    /// <summary>lễ kỷ niệm, anniversary ceremony: the sentence reports a ceremony that commemorates an earlier event, and states no new one by cooperation words alone.</summary>
    public static readonly Cue Anniversary = Bit(60);
    /// <summary>each other, lẫn nhau: a pledge whose clause names neither side goes both ways ("scholarships for students of each other").</summary>
    public static readonly Cue Mutual = Bit(61);

    /// <summary>ready for, chuẩn bị cho: a title that reports the preparations for a meeting, which is still to be held.</summary>
    public static readonly Cue Preparation = Bit(62);
    /// <summary>tính đến nay, to date, so far: what the clause says was signed is counted up to now, past context even with its signing verb.</summary>
    public static readonly Cue ToDate = Bit(63);

    /// <summary>hướng tới thiết lập, towards establishing: the instruments that follow are an aim, neither signed nor planned.</summary>
    public static readonly Cue Aim = Bit(64);

    /// <summary>lễ trao các văn kiện, exchange ceremony: a ceremony of documents, whose day dates the list of them that follows.</summary>
    public static readonly Cue Ceremony = Bit(65);

    /// <summary>các văn kiện hợp tác gồm, the documents exchanged include: a list of the ceremony's documents follows.</summary>
    public static readonly Cue DocumentList = Bit(66);

    /// <summary>municipal: "the municipal People's Council", a body of the city the text is about, named without the city's name.</summary>
    public static readonly Cue HomeBody = Bit(67);

    /// <summary>adding that, noting that: a speaker's aside; a signing it reports, undated, beside the meeting the sentence reports, came before it.</summary>
    public static readonly Cue Aside = Bit(68);

    /// <summary>các, những: the standing bodies that follow are spoken of in general ("các Ủy ban liên hợp"), not one of them meeting.</summary>
    public static readonly Cue Generic = Bit(69);

    /// <summary>hợp tác, cooperation: the noun itself (not "cooperative"), which a sign word right before makes a signing that names no instrument ("ký kết hợp tác").</summary>
    public static readonly Cue CooperationNoun = Bit(70);

    /// <summary>the: an article between a venue word and the place or its type word ("in the capital Vientiane").</summary>
    public static readonly Cue Article = Bit(71);

    /// <summary>do, funded by: the party named right after it is the one giving what the clause pledges ("do tỉnh A tặng tỉnh B …").</summary>
    public static readonly Cue Agent = Bit(72);

    /// <summary>
    /// a document, văn bản: a written instrument named only as a document, which a sign word right before makes a signing
    /// whose instrument the text leaves unnamed ("the communes signed a document on their twinning").
    /// </summary>
    public static readonly Cue DocumentNoun = Bit(73);

    /// <summary>
    /// cũ, former: a unit written as former ("tỉnh Bình Định (cũ)", "former Binh Dinh province") is only written so after
    /// the change that ended it, so an undated text naming one that a succession ended was written after it.
    /// </summary>
    public static readonly Cue Former = Bit(74);

    /// <summary>
    /// MoUs, agreements, memoranda: an instrument word in the plural. Periods joined by "and" after it ("agreements
    /// for 2014 - 2018 and 2019 - 2023") are one instrument each.
    /// </summary>
    public static readonly Cue PluralInstrument = Bit(75);

    /// <summary>
    /// into practice, into reality: right after an instrument, what the sides are to do with it some day ("put agreements
    /// into practice"); like an aim, the instrument states no event.
    /// </summary>
    public static readonly Cue AimObject = Bit(76);

    /// <summary>
    /// trong giai đoạn vừa qua, in recent years: the period just past. Opening a sentence, it sets what the sentence's
    /// first clause says was signed or held in that period, past context though its verb is a signing one.
    /// </summary>
    public static readonly Cue PastPeriod = Bit(77);

    /// <summary>
    /// during, nhân, trong khuôn khổ: opening a sentence, the occasion clause that follows (a visit or trip) is no
    /// subject; the sentence names its subject after that clause's comma.
    /// </summary>
    public static readonly Cue OccasionOpener = Bit(80);

    /// <summary>
    /// quý 3, the third quarter: a period of a series of meetings. In a meeting's name ("hội đàm công tác quản lý biên
    /// giới quý III năm 2024") it makes the meeting one sitting of a standing mechanism, as a recurring word does.
    /// </summary>
    public static readonly Cue SeriesPeriod = Bit(89);

    /// <summary>
    /// in accordance with: what follows is the rule a clause acts by. Unnamed signed instruments in the plural cited so
    /// ("in accordance with reached agreements") in a sentence naming no party state no event.
    /// </summary>
    public static readonly Cue Citation = Bit(90);

    /// <summary>
    /// accordingly, theo đó: opening a sentence, what follows is the content of what the sentence before reported; a
    /// period the sentence gives is the period of the instrument signed just before.
    /// </summary>
    public static readonly Cue Consequence = Bit(85);

    /// <summary>
    /// residents, người dân: named with a party, the people of that side. A pledge whose subject is both sides goes to
    /// the side whose people it names, from the other side the clause names.
    /// </summary>
    public static readonly Cue Beneficiary = Bit(101);

    /// <summary>
    /// region, vùng: a territory's type word. With a name no place mention covers, after "between" or its "and"
    /// ("between Hanoi and Kyushu region"), a side the gazetteer lacks.
    /// </summary>
    public static readonly Cue Region = Bit(102);

    /// <summary>
    /// wished to establish, hopes to sign, mong muốn thiết lập, chuẩn bị cho việc ký kết: a side's wish, hope or
    /// preparations for a signing. What it reaches is a planned signing, an agreement when the text leaves the instrument
    /// unnamed (cooperation, a twinning relationship), a record of its own beside the visit it was voiced at.
    /// </summary>
    public static readonly Cue Intent = Bit(105);

    /// <summary>True when no cue is set.</summary>
    public bool IsNone => (_low | _high) == 0;

    public static Cue operator |(Cue left, Cue right) => new(left._low | right._low, left._high | right._high);

    public static Cue operator &(Cue left, Cue right) => new(left._low & right._low, left._high & right._high);

    public static Cue BitwiseOr(Cue left, Cue right) => left | right;

    public static Cue BitwiseAnd(Cue left, Cue right) => left & right;

    /// <summary>True when this set and <paramref name="cues"/> share a cue.</summary>
    public bool HasAny(Cue cues) => ((_low & cues._low) | (_high & cues._high)) != 0;

    /// <summary>The cue named <paramref name="code"/> in the rule files, such as "sign" or "to_date".</summary>
    public static bool TryParse(string code, out Cue cue) => Codes.ByCode.TryGetValue(code, out cue);

    /// <summary>Every cue's code, in the order of their bits.</summary>
    public static IReadOnlyList<string> AllCodes => Codes.InOrder;

    /// <summary>The codes of the cues set, joined by commas ("sign,cooperation"), or "none".</summary>
    public override string ToString()
    {
        var cues = this;
        return IsNone ? "none" : string.Join(',', Codes.InOrder.Where(code => cues.HasAny(Codes.ByCode[code])));
    }

    private static int BitOf(Cue cue) => cue._low != 0 ? (int)ulong.TrailingZeroCount(cue._low) : 64 + (int)ulong.TrailingZeroCount(cue._high);

    private static Cue Bit(int bit) => bit switch
    {
        < 0 or >= Capacity => throw new ArgumentOutOfRangeException(nameof(bit), bit, $"a cue is one of {Capacity} bits"),
        < 64 => new Cue(1UL << bit, 0),
        _ => new Cue(0, 1UL << (bit - 64)),
    };

    /// <summary>
    /// The codes, read from the members once the members are set (a nested class is initialised on first use, after
    /// <see cref="Cue"/>'s own fields), and checked: two members given one bit would make two cues one.
    /// </summary>
    private static class Codes
    {
        private static readonly (string Code, Cue Cue)[] Members = Read();

        public static readonly Dictionary<string, Cue> ByCode = Members.ToDictionary(member => member.Code, member => member.Cue, StringComparer.Ordinal);

        public static readonly string[] InOrder = [.. Members.Select(member => member.Code)];

        private static (string Code, Cue Cue)[] Read()
        {
            var members = new List<(string, Cue)>();
            var taken = None;
            foreach (var field in typeof(Cue).GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.FieldType == typeof(Cue)))
            {
                var cue = (Cue)field.GetValue(null)!;
                if (cue.IsNone)
                {
                    continue;
                }

                if (cue.HasAny(taken) || ulong.PopCount(cue._low) + ulong.PopCount(cue._high) != 1)
                {
                    throw new InvalidOperationException($"Cue.{field.Name} does not have a bit of its own");
                }

                taken |= cue;
                members.Add((EnumCodes.CodeOfName(field.Name), cue));
            }

            return [.. members.OrderBy(member => BitOf(member.Item2))];
        }
    }
}
