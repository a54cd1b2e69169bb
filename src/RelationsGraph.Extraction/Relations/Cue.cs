namespace RelationsGraph.Extraction.Relations;

/// <summary>What a cue word or phrase signals to the extractor.</summary>
[Flags]
public enum Cue : long
{
    None = 0,

    /// <summary>ký, ký kết, signed: an instrument was (or will be) signed.</summary>
    Sign = 1L << 0,

    /// <summary>ban hành, issued: a unilateral instrument was issued.</summary>
    Issue = 1L << 1,

    /// <summary>sẽ, dự kiến, will, expected to: the instrument is planned, not yet concluded.</summary>
    Planned = 1L << 2,

    /// <summary>căn cứ, đánh giá kết quả, previously: mentioned as past context.</summary>
    Background = 1L << 3,

    /// <summary>tại, ở, in, at: a venue follows.</summary>
    Venue = 1L << 4,

    /// <summary>hai tỉnh, both sides: refers back to the pair the text is about.</summary>
    BothSides = 1L << 5,

    /// <summary>tỉnh bạn, its counterpart: the other side of the pair.</summary>
    Counterpart = 1L << 6,

    /// <summary>đoàn, delegation: the visiting side.</summary>
    Delegation = 1L << 7,

    /// <summary>ông, bà, Mr: a person's name follows.</summary>
    Honorific = 1L << 8,

    /// <summary>Lãnh sự, Embassy: a national office, whose seat is not a party.</summary>
    Office = 1L << 9,

    /// <summary>phường, xã, ward, commune: the name that follows is not a province.</summary>
    Ward = 1L << 10,

    /// <summary>huyện, thị xã, district.</summary>
    District = 1L << 11,

    /// <summary>tỉnh, province, prefecture, khu tự trị.</summary>
    Province = 1L << 12,

    /// <summary>thành phố, TP, city.</summary>
    City = 1L << 13,

    /// <summary>trực tuyến, online.</summary>
    Online = 1L << 14,

    /// <summary>trực tiếp, in person.</summary>
    InPerson = 1L << 15,

    /// <summary>tham dự, attending.</summary>
    Attend = 1L << 16,

    /// <summary>chủ trì, chaired.</summary>
    Chair = 1L << 17,

    /// <summary>thay thế, replaced.</summary>
    Replaces = 1L << 18,

    /// <summary>thực hiện, implementation of.</summary>
    Implements = 1L << 19,

    /// <summary>gia hạn, renewed.</summary>
    Renews = 1L << 20,

    /// <summary>hợp tác, cooperation, friendship, twinning: the sentence is about relations.</summary>
    Cooperation = 1L << 21,

    /// <summary>hỗ trợ, support, provide: a commitment may follow.</summary>
    Support = 1L << 22,

    /// <summary>tặng, trao tặng, donate, present: a gift may follow.</summary>
    Gift = 1L << 23,

    /// <summary>đến, sang, visit to: the place that follows is visited (a host), not a venue.</summary>
    VisitTo = 1L << 24,

    /// <summary>cho, to, for: the recipient of a commitment follows.</summary>
    Recipient = 1L << 25,

    /// <summary>thường niên, annual, lần thứ: a recurring meeting of a standing body.</summary>
    Recurring = 1L << 26,

    /// <summary>Photo or source credit: "Ảnh:", "Photo:", "Nguồn:", "Theo".</summary>
    Credit = 1L << 27,

    /// <summary>giữa, between: the parties follow.</summary>
    Between = 1L << 28,

    /// <summary>và, với, and, with: coordinates names.</summary>
    And = 1L << 29,

    /// <summary>tổng kinh phí, total budget.</summary>
    Budget = 1L << 30,

    /// <summary>tổ chức, cử, đón, organise, send, host: a counted pledge may follow (courses, delegations, experts).</summary>
    Provide = 1L << 31,

    /// <summary>trước, before, until, đến, by: a deadline date follows, not an event's date.</summary>
    Deadline = 1L << 32,

    /// <summary>hàng (năm), annually, every: a date that recurs, not an event's date.</summary>
    Every = 1L << 33,

    /// <summary>tầm nhìn, vision: the years that follow are a horizon, not a period.</summary>
    Vision = 1L << 34,

    /// <summary>từ, from: an origin follows ("đoàn đại biểu từ tỉnh X" comes from X).</summary>
    Origin = 1L << 35,

    /// <summary>đồng thời, ngoài ra, while, besides: after a comma, a new clause with its own subject starts.</summary>
    ClauseOpener = 1L << 36,

    /// <summary>và, and: the coordinating conjunction itself.</summary>
    Conjunction = 1L << 37,

    /// <summary>với, with: the partner of the action follows.</summary>
    With = 1L << 38,

    /// <summary>cùng, along, together: the people who accompany follow.</summary>
    Accompanying = 1L << 39,

    /// <summary>tỉnh, thành phố, the province: at a sentence's start, the province the text is about.</summary>
    HomeSubject = 1L << 40,

    /// <summary>cũng, đã, sẽ, đang: a verb phrase continues the subject ("Tỉnh cũng đã ký…").</summary>
    SubjectContinuation = 1L << 41,

    /// <summary>và, and, với, tỉnh, of, the: what may stand between two coordinated names.</summary>
    NameJoiner = 1L << 42,

    /// <summary>trong, về, in, on, công tác: a domain of cooperation follows ("hợp tác trong công tác Mặt trận").</summary>
    DomainIntro = 1L << 43,

    /// <summary>Ký, Sign, Tiến tới ký, Dự kiến: an item of a plan that orders a signing, which is therefore planned.</summary>
    Imperative = 1L << 44,

    /// <summary>trong, ngoài (ra), besides, in: after a comma, a new clause of pledges starts.</summary>
    PledgeClauseOpener = 1L << 45,

    /// <summary>năm, in, year: a year follows.</summary>
    YearIntro = 1L << 46,

    /// <summary>lần, kỳ họp, hội nghị, khóa, phiên: "thứ" and an ordinal may follow.</summary>
    OrdinalIntro = 1L << 47,

    /// <summary>thứ: an ordinal follows ("lần thứ 13").</summary>
    OrdinalMarker = 1L << 48,

    /// <summary>conference, meeting, session: a session noun after an ordinal word ("the first meeting").</summary>
    SessionNoun = 1L << 49,

    /// <summary>date, published, cập nhật: a page's publication or update stamp follows, not an event's date.</summary>
    Stamp = 1L << 50,

    /// <summary>for (2016), năm (2025) right after an instrument: the one year the instrument covers.</summary>
    PeriodYear = 1L << 51,

    /// <summary>xây dựng, build, upgrade: money pledged with it funds a project.</summary>
    Construction = 1L << 52,

    /// <summary>full, additional: a word that may stand between a number and what it counts ("two full scholarships").</summary>
    PledgeModifier = 1L << 53,

    /// <summary>của, of: the name that follows owns what comes before ("chuyên gia của tỉnh Bắc Giang").</summary>
    Possessive = 1L << 54,

    /// <summary>đón tiếp, tiếp nhận, host: the host pledges to those it receives ("đón 02 đoàn của tỉnh X": X receives).</summary>
    Host = 1L << 55,

    /// <summary>sau, after: earlier partners of the other side follow ("the third after Nghe An and HCM City"), not parties.</summary>
    EarlierPartner = 1L << 56,

    /// <summary>localities, states, địa phương: after a number, a count of unnamed units ("with four Australian states"): not the pair.</summary>
    CountedUnits = 1L << 57,

    /// <summary>merger, sáp nhập: the text speaks of a merger of units, so an undated text is written after it.</summary>
    Merger = 1L << 58,

    /// <summary>cooperation orientations, phương hướng hợp tác: a year after it ("in 2023", "năm 2024") is the one year agreed on.</summary>
    Orientation = 1L << 59,

    /// <summary>lễ kỷ niệm, anniversary ceremony: the sentence reports a ceremony that commemorates an earlier event, and states no new one by cooperation words alone.</summary>
    Anniversary = 1L << 60,
    /// <summary>each other, lẫn nhau: a pledge whose clause names neither side goes both ways ("scholarships for students of each other").</summary>
    Mutual = 1L << 61,

    /// <summary>ready for, chuẩn bị cho: a title that reports the preparations for a meeting, which is still to be held.</summary>
    Preparation = 1L << 62,
    /// <summary>tính đến nay, to date, so far: what the clause says was signed is counted up to now, past context even with its signing verb.</summary>
    /// <remarks>The last bit of the enum's 64: a further cue needs the cue set widened first.</remarks>
    ToDate = 1L << 63,
}
