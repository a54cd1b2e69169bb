namespace RelationsGraph.Extraction.Places;

/// <summary>What a place name does where it is written; only <see cref="Party"/> names can be parties.</summary>
public enum PlaceRole
{
    /// <summary>The unit (or an organisation acting for it) may be a party.</summary>
    Party,

    /// <summary>Where something happened: "tại tỉnh Nghệ An", "held in Vientiane".</summary>
    Venue,

    /// <summary>A newspaper, broadcaster, portal or photo credit named after the unit.</summary>
    Byline,

    /// <summary>A ward, commune or village that shares the unit's name, or a district named like a province.</summary>
    Ward,

    /// <summary>Where a national office sits: "Tổng Lãnh sự Việt Nam tại Savannakhet", "Consul General in Nanning, Guangxi".</summary>
    Office,

    /// <summary>The province a named district belongs to ("Luc Ngan district in Bac Giang province").</summary>
    Locator,

    /// <summary>A hospital, company, school or NGO named after the unit: not the unit acting.</summary>
    Institution,

    /// <summary>A unit named like a country, standing for the country: "Georgia", "Luxembourg", "Mexico" alone.</summary>
    Country,

    /// <summary>A generic word that is also a unit's name ("Central", "Centre", "Nord", "Capital") with no country named.</summary>
    Generic,

    /// <summary>An earlier partner of the other side, named for context: "sau tỉnh Nghệ An và TP Hồ Chí Minh", "after Nghe An".</summary>
    EarlierPartner,

    /// <summary>A name units of several foreign countries share (Punjab, Limburg) with no country named to tell which.</summary>
    Ambiguous,

    /// <summary>
    /// A name whose units all lie in other countries than the one written with it ("Brest Urban Community (BMO) - France"
    /// against Belarus's Brest region): a place the gazetteer lacks, which the name means wherever the text repeats it.
    /// </summary>
    Elsewhere,
}
