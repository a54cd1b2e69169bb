using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// The extractor's vocabularies in Vietnamese and English: instruments and events, organisations acting for a unit,
/// fields of cooperation, and cue words. Phrases are matched by <see cref="WordKey"/>, so tone placement does not
/// matter ("thoả thuận" = "thỏa thuận") but tones and vowel qualities do ("thăm" visit ≠ "tham" attend).
/// </summary>
public static class Lexicon
{
    public static Vocabulary<InstrumentCue> Instruments { get; } = new(
    [
        .. Phrases(new InstrumentCue(InstrumentKind.Mou),
            "biên bản ghi nhớ", "bản ghi nhớ", "biên bản ghi nhớ hợp tác", "bản ghi nhớ hợp tác", "ghi nhớ hợp tác",
            "memorandum of understanding", "memoranda of understanding", "memorandum of cooperation", "memorandum", "MOU", "MoU", "MOUs"),
        .. Phrases(new InstrumentCue(InstrumentKind.Minutes),
            "biên bản hợp tác", "biên bản hội đàm", "biên bản thỏa thuận", "biên bản làm việc", "biên bản thống nhất", "biên bản",
            "minutes", "record of discussions", "records of discussion", "record of the talks"),
        .. Phrases(new InstrumentCue(InstrumentKind.Agreement),
            "thỏa thuận hợp tác", "thỏa thuận", "bản thỏa thuận", "hiệp định", "cooperation agreement", "agreement", "agreements",
            "accord", "twinning agreement", "sister-city agreement"),
        .. Phrases(new InstrumentCue(InstrumentKind.Plan),
            "kế hoạch số", "kế hoạch thực hiện", "kế hoạch triển khai", "plan no", "plan number", "implementation plan",
            "plan on implementation", "plan on the implementation", "plan for implementation", "plan for the implementation",
            "plan to implement", "plan to realize", "plan on implementing"),
        .. Phrases(new InstrumentCue(InstrumentKind.Plan, RefersToDocument: true), "kế hoạch này", "this plan", "the plan"),
        .. Phrases(new InstrumentCue(InstrumentKind.JointStatement),
            "tuyên bố chung", "thông cáo chung", "joint statement", "joint communique", "joint communiqué"),
        .. Phrases(new InstrumentCue(InstrumentKind.JointCommittee, NamesMechanism: true),
            "ủy ban công tác liên hợp", "ủy ban hợp tác", "ủy ban liên hợp", "ủy ban hỗn hợp", "nhóm công tác liên hợp",
            "ủy ban điều phối", "joint working committee", "joint committee", "joint working group", "joint coordination committee",
            "joint cooperation committee", "JWC"),
        .. Phrases(new InstrumentCue(InstrumentKind.Visit, IsMeeting: true),
            "hội nghị", "kỳ họp", "phiên họp", "conference", "meeting", "session"),
        .. Phrases(new InstrumentCue(InstrumentKind.Award),
            "huân chương", "huy chương", "bằng khen", "kỷ niệm chương", "Order", "medal", "medals", "Huân chương"),
        .. Phrases(new InstrumentCue(InstrumentKind.Visit, Travel: true),
            "chuyến thăm", "thăm và làm việc", "thăm chính thức", "thăm hữu nghị", "đến thăm", "sang thăm", "thăm", "chúc Tết",
            "làm việc", "đoàn công tác", "chuyến công tác", "working visit", "official visit", "visit", "visited", "visiting",
            "visits", "trip", "tour"),
        .. Phrases(new InstrumentCue(InstrumentKind.Visit),
            "hội đàm", "tiếp đoàn", "đón tiếp", "tiếp xã giao", "hội kiến", "làm việc với", "buổi làm việc",
            "held talks", "talks", "received", "welcomed", "met with", "working session", "hosted", "tiếp", "gặp gỡ", "gặp mặt",
            "hội ngộ", "met", "meets", "courtesy call", "paid a courtesy call"),
        .. Phrases(new InstrumentCue(InstrumentKind.Other),
            "kết nghĩa", "twinning", "sister province", "sister provinces", "sister city", "sister cities"),
    ]);

    public static Vocabulary<OrganisationCue> Organisations { get; } = new(
    [
        .. Phrases(new OrganisationCue(OrganisationRole.Acting),
            "ủy ban nhân dân", "UBND", "chính quyền", "People's Committee", "provincial government", "provincial administration",
            "Government", "administration", "authorities", "lãnh đạo", "leaders", "leadership"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.PartyCommittee),
            "tỉnh ủy", "thành ủy", "Ban Thường vụ Tỉnh ủy", "Party Committee", "Provincial Party Committee"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.PeoplesCouncil),
            "hội đồng nhân dân", "HĐND", "People's Council"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.Department),
            "Sở", "Department", "Department of Foreign Affairs", "Sở Ngoại vụ"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.Police),
            "công an", "Police", "police", "police department", "Public Security", "Department of Public Security"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.Military),
            "Bộ Chỉ huy Quân sự", "Bộ chỉ huy Bộ đội Biên phòng", "Bộ đội Biên phòng", "Biên phòng", "Military Command",
            "Border Guard", "Border Guards", "Border Guard Command", "Ban Chỉ huy Quân sự"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.Court),
            "tòa án nhân dân", "tòa án", "TAND", "People's Court", "court", "courts", "ngành Tư pháp và Tòa án"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.Procuracy),
            "viện kiểm sát nhân dân", "viện kiểm sát", "VKSND", "Procuracy", "People's Procuracy"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.Justice),
            "Sở Tư pháp", "ngành Tư pháp", "ngành tư pháp", "Justice Department", "Department of Justice", "justice sector"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.FatherlandFront),
            "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ", "MTTQ", "Mặt trận Tổ quốc",
            "Mặt trận Tổ quốc Việt Nam", "Mặt trận Lào xây dựng đất nước", "Mặt trận Lào xây dựng và phát triển đất nước",
            "Mặt trận", "công tác Mặt trận", "Fatherland Front", "Vietnam Fatherland Front", "Lao Front for National Development",
            "Lao Front for National Construction", "Front"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.WomensUnion),
            "Hội Liên hiệp Phụ nữ", "Hội LHPN", "Hội Phụ nữ", "Liên hiệp Phụ nữ", "Women's Union", "Women’s Union",
            "Lao Women's Union", "Women Union", "hội phụ nữ"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.YouthUnion),
            "Tỉnh đoàn", "Đoàn Thanh niên", "Đoàn TNCS Hồ Chí Minh", "Youth Union", "Đoàn thanh niên", "Ho Chi Minh Communist Youth Union"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.FriendshipAssociation),
            "Liên hiệp các tổ chức hữu nghị", "Hội hữu nghị", "Friendship Association", "Union of Friendship Organisations",
            "Union of Friendship Organizations"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.University),
            "Trường Đại học", "Đại học", "trường Cao đẳng", "Cao đẳng", "Học viện", "University", "College", "Academy"),
        .. Phrases(new OrganisationCue(OrganisationRole.Acting, PartyLevel.Other),
            "Liên đoàn Lao động", "Hiệp hội Doanh nghiệp", "Hội Doanh nhân", "Hội Cựu chiến binh", "Hội Nông dân", "Hội Chữ thập đỏ",
            "Trade Union", "Business Association", "Chamber of Commerce", "Farmers' Union", "Veterans' Association", "Red Cross"),
        .. Phrases(new OrganisationCue(OrganisationRole.Institution),
            "Bệnh viện", "bệnh viện", "Bệnh viện Đa khoa", "Trung tâm Y tế", "Hospital", "General Hospital", "Công ty", "Tập đoàn",
            "Ngân hàng", "Company", "Corporation", "Bank", "Group", "Tổ chức", "Quỹ", "Foundation", "Trường THPT", "Trường THCS",
            "Trường Tiểu học", "Trường Mầm non", "School", "High School", "Nhà máy", "Factory", "Hợp tác xã", "Cooperative"),
        .. Phrases(new OrganisationCue(OrganisationRole.Media),
            "Báo", "báo", "Đài Phát thanh và Truyền hình", "Đài PT-TH", "Đài PTTH", "Đài", "Tạp chí", "Cổng thông tin điện tử",
            "Cổng Thông tin", "Truyền hình", "Newspaper", "Radio", "Television", "TV", "Online", "Portal", "News"),
        .. Phrases(new OrganisationCue(OrganisationRole.National),
            "Bộ", "Chính phủ", "Trung ương", "Quốc hội", "Ban Đối ngoại Trung ương", "Ministry", "Ministry of", "Embassy",
            "National Assembly", "Central Committee", "central", "Thủ tướng", "Prime Minister", "Chủ tịch nước", "President"),
    ]);

    public static Vocabulary<string> Fields { get; } = new(
    [
        .. Phrases("agriculture", "nông nghiệp", "lâm nghiệp", "thủy sản", "chăn nuôi", "trồng trọt", "nông thôn", "agriculture",
            "agricultural", "farming", "forestry", "fisheries", "livestock"),
        .. Phrases("border", "biên giới", "cửa khẩu", "border", "border gate", "border gates"),
        .. Phrases("culture", "văn hóa", "nghệ thuật", "culture", "cultural", "arts"),
        .. Phrases("defence_security", "quốc phòng", "an ninh", "trật tự", "phòng chống tội phạm", "defence", "defense", "security",
            "public order", "crime prevention"),
        .. Phrases("delegations", "trao đổi đoàn", "delegation exchange", "delegation exchanges", "exchange of delegations",
            "exchanges of delegations"),
        .. Phrases("economy", "kinh tế", "economic", "economy"),
        .. Phrases("education", "giáo dục", "đào tạo", "học bổng", "education", "training", "scholarship", "scholarships"),
        .. Phrases("energy", "năng lượng", "thủy điện", "energy", "hydropower"),
        .. Phrases("environment", "môi trường", "tài nguyên", "environment", "environmental", "natural resources"),
        .. Phrases("foreign_affairs", "đối ngoại", "foreign affairs", "external relations"),
        .. Phrases("front_work", "công tác Mặt trận", "đoàn thể", "Fatherland Front work", "front work"),
        .. Phrases("health", "y tế", "khám chữa bệnh", "phòng chống dịch", "health", "healthcare", "health care", "medical"),
        .. Phrases("industry", "công nghiệp", "industry", "industrial"),
        .. Phrases("information", "thông tin", "truyền thông", "tuyên truyền", "báo chí", "information", "media", "communication",
            "communications", "press"),
        .. Phrases("infrastructure", "hạ tầng", "cơ sở hạ tầng", "infrastructure"),
        .. Phrases("investment", "đầu tư", "investment", "investments"),
        .. Phrases("justice", "tư pháp", "tòa án", "xét xử", "justice", "judicial", "court", "courts"),
        .. Phrases("labour", "lao động", "việc làm", "labour", "labor", "employment"),
        .. Phrases("party_government", "xây dựng Đảng", "xây dựng chính quyền", "bồi dưỡng cán bộ", "party building",
            "government building", "public official training"),
        .. Phrases("people_to_people", "giao lưu nhân dân", "đối ngoại nhân dân", "people-to-people"),
        .. Phrases("science_technology", "khoa học", "công nghệ", "science", "technology"),
        .. Phrases("sport", "thể thao", "sport", "sports"),
        .. Phrases("tourism", "du lịch", "tourism"),
        .. Phrases("trade", "thương mại", "xuất nhập khẩu", "trade", "commerce"),
        .. Phrases("transport", "giao thông", "vận tải", "logistics", "transport", "transportation"),
    ]);

    public static Vocabulary<Cue> Cues { get; } = new(
    [
        .. Phrases(Cue.Sign, "ký", "ký kết", "lễ ký", "lễ ký kết", "sign", "signed", "signing", "signs", "inked"),
        .. Phrases(Cue.Issue, "ban hành", "issued", "issues", "promulgated"),
        .. Phrases(Cue.Planned, "sẽ", "dự kiến", "chuẩn bị ký", "xem xét việc ký", "tiến tới ký", "will", "plan to", "plans to",
            "planned to", "expected to", "set to", "scheduled to", "intend to", "intends to"),
        .. Phrases(Cue.Background, "căn cứ", "trên cơ sở", "đánh giá kết quả", "đánh giá", "tổng kết", "thực hiện hiệu quả",
            "thực hiện có hiệu quả", "thời gian qua", "trước đó", "trước đây", "đã từng", "giai đoạn trước", "previously", "earlier",
            "in the past", "had signed", "reviewed", "review", "previous", "over the past"),
        .. Phrases(Cue.Venue, "tại", "ở", "in", "at", "held in", "diễn ra tại"),
        .. Phrases(Cue.BothSides, "hai tỉnh", "2 tỉnh", "hai bên", "2 bên", "hai địa phương", "hai đơn vị", "hai ngành", "hai phía",
            "the two provinces", "two provinces", "both provinces", "both sides", "the two sides", "two sides", "the two localities",
            "both localities", "the parties", "the two parties"),
        .. Phrases(Cue.Counterpart, "tỉnh bạn", "phía bạn", "counterpart", "counterparts", "its counterpart", "their counterparts",
            "partner province"),
        .. Phrases(Cue.Delegation, "đoàn", "Đoàn đại biểu", "đoàn đại biểu", "delegation", "the delegation"),
        .. Phrases(Cue.Honorific, "ông", "bà", "đồng chí", "đ/c", "ngài", "Mr", "Mrs", "Ms", "Miss", "Dr", "Madam"),
        .. Phrases(Cue.Office, "Lãnh sự", "Tổng Lãnh sự", "Lãnh sự quán", "Tổng Lãnh sự quán", "Đại sứ", "Đại sứ quán", "Consul",
            "Consul General", "Consulate", "Consulate General", "Embassy", "Ambassador", "Văn phòng đại diện"),
        .. Phrases(Cue.Ward, "phường", "xã", "thị trấn", "thôn", "bản", "làng", "ấp", "ward", "commune", "village"),
        .. Phrases(Cue.District, "huyện", "quận", "thị xã", "mường", "district", "districts", "county"),
        .. Phrases(Cue.Province, "tỉnh", "province", "provinces", "provincial", "prefecture", "khu tự trị", "autonomous region",
            "thủ đô", "capital"),
        .. Phrases(Cue.City, "thành phố", "TP", "tp", "city", "municipality"),
        .. Phrases(Cue.Online, "trực tuyến", "online", "virtual", "virtually", "video conference", "videoconference", "truyền hình trực tuyến"),
        .. Phrases(Cue.InPerson, "trực tiếp", "in person", "in-person"),
        .. Phrases(Cue.Attend, "tham dự", "sự tham dự", "attending", "attended", "attend", "tham gia"),
        .. Phrases(Cue.Chair, "chủ trì", "đồng chủ trì", "chaired", "co-chaired"),
        .. Phrases(Cue.Replaces, "thay thế", "thay thế cho", "replaced", "replaces", "replace", "supersedes", "superseded"),
        .. Phrases(Cue.Implements, "thực hiện", "triển khai", "implementation of", "implementing", "implement", "to realize", "realize"),
        .. Phrases(Cue.Renews, "gia hạn", "tái ký", "renew", "renewed", "renewal", "renewing", "extend", "extended"),
        .. Phrases(Cue.Cooperation, "hợp tác", "kết nghĩa", "quan hệ", "hữu nghị", "giao lưu", "phối hợp", "giúp đỡ", "kết nối",
            "xúc tiến", "cooperation", "cooperate", "cooperated", "cooperative", "partnership", "partners", "sister", "twinning",
            "twinned", "friendship", "ties", "relations", "relationship", "exchange", "exchanges", "collaboration", "thỏa thuận",
            "agreed", "agree", "discussed", "discuss", "pledged", "committed", "trao đổi", "thảo luận"),
        .. Phrases(Cue.Support, "hỗ trợ", "viện trợ", "tài trợ", "giúp", "support", "supports", "supported", "provide", "provides",
            "provided", "assist", "assistance", "fund", "funds", "funded", "grant", "grants", "granted", "offer", "offers", "offered"),
        .. Phrases(Cue.Gift, "tặng", "trao tặng", "trao", "donate", "donates", "donated", "present", "presented", "presents",
            "handed over", "gift", "gifts"),
        .. Phrases(Cue.VisitTo, "đến", "sang", "tới", "visit to", "trip to", "arrived in", "arrive in", "went to", "tour of"),
        .. Phrases(Cue.Recipient, "cho", "to", "for"),
        .. Phrases(Cue.Recurring, "thường niên", "định kỳ", "lần thứ", "annual", "regular"),
        .. Phrases(Cue.Credit, "Ảnh", "ảnh", "Photo", "Nguồn", "Source", "Theo", "According to"),
        .. Phrases(Cue.Between, "giữa", "between", "among"),
        .. Phrases(Cue.And, "và", "với", "cùng", "and", "with", "along with", "together with"),
        .. Phrases(Cue.Budget, "tổng kinh phí", "kinh phí", "total budget", "budget", "total cost"),
        .. Phrases(Cue.Provide, "tổ chức", "cử", "đón", "đón tiếp", "organise", "organize", "organised", "organized", "send",
            "sends", "sent", "host", "hosts"),
    ]);

    /// <summary>Titles of office that come before a name ("Phó Chủ tịch UBND tỉnh X Đặng Ngọc Hậu").</summary>
    public static Vocabulary<bool> Titles { get; } = new(
    [
        .. Phrases(true,
            "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Tỉnh trưởng", "Phó Tỉnh trưởng", "Giám đốc", "Phó Giám đốc",
            "Trưởng ban", "Phó Trưởng ban", "Trưởng đoàn", "Chánh án", "Viện trưởng", "Thống đốc", "Phó Thống đốc", "Tổng Lãnh sự",
            "Đại sứ", "Governor", "Vice Governor", "Deputy Governor", "Chairman", "Chairwoman", "Chairperson", "Vice Chairman",
            "Vice Chairwoman", "Vice Chairperson", "Secretary", "Deputy Secretary", "Director", "Deputy Director", "Mayor",
            "Vice Mayor", "President", "Vice President", "Head", "Deputy Head", "Consul General", "Ambassador", "Chief Justice"),
    ]);

    /// <summary>Names of other kinds of documents: an instrument word after them is part of their title ("Luật Thỏa thuận quốc tế").</summary>
    public static Vocabulary<bool> DocumentReferences { get; } = new(
    [
        .. Phrases(true,
            "Luật", "Thông báo", "Quyết định", "Công văn", "Nghị quyết", "Nghị định", "Chỉ thị", "Tờ trình", "Báo cáo", "Hướng dẫn",
            "Law", "Law on", "Decision", "Resolution", "Decree", "Notice", "Directive", "Official Letter", "Report", "Circular"),
    ]);

    /// <summary>Openings that refer back to the event of the previous sentence ("Tại đây, hai bên ký…").</summary>
    public static Vocabulary<bool> Anaphora { get; } = new(
    [
        .. Phrases(true,
            "tại đây", "tại buổi", "tại buổi làm việc", "tại buổi hội đàm", "tại lễ", "tại hội nghị", "nhân dịp này", "nhân dịp",
            "dịp này", "cũng tại", "trong buổi", "trong chuyến thăm", "trong chuyến công tác", "sau hội đàm", "sau buổi",
            "on this occasion", "on the occasion", "at the meeting", "at the talks", "during the visit", "during the talks",
            "at the event", "at the ceremony", "at the conference", "also at", "after the talks", "following the talks"),
    ]);

    /// <summary>Words that say a sentence lists fields of cooperation.</summary>
    public static Vocabulary<bool> FieldIntroductions { get; } = new(
    [
        .. Phrases(true, "lĩnh vực", "các lĩnh vực", "fields", "areas", "sectors", "such as", "như"),
    ]);

    private static IEnumerable<(string Phrase, T Value)> Phrases<T>(T value, params string[] phrases) =>
        phrases.Select(phrase => (phrase, value));
}
