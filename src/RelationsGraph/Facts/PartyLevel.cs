namespace RelationsGraph.Facts;

/// <summary>The level at which a party acts for its unit.</summary>
public enum PartyLevel
{
    /// <summary>The provincial government or People's Committee (UBND, chính quyền tỉnh).</summary>
    ProvincialGovernment,

    /// <summary>The provincial Party committee (tỉnh ủy).</summary>
    PartyCommittee,

    /// <summary>The provincial People's Council (HĐND).</summary>
    PeoplesCouncil,

    /// <summary>A district or district-level town acting for itself.</summary>
    District,

    /// <summary>Provincial department (sở, ngành).</summary>
    Department,

    /// <summary>Provincial police (công an tỉnh).</summary>
    Police,

    /// <summary>Provincial military command or border guard.</summary>
    Military,

    /// <summary>People's Court.</summary>
    Court,

    /// <summary>Procuracy (viện kiểm sát).</summary>
    Procuracy,

    /// <summary>Department of Justice (sở tư pháp).</summary>
    Justice,

    /// <summary>Fatherland Front (Mặt trận Tổ quốc) or the Lao Front for National Development.</summary>
    FatherlandFront,

    /// <summary>Women's Union (Hội Liên hiệp Phụ nữ).</summary>
    WomensUnion,

    /// <summary>Youth Union (Đoàn Thanh niên).</summary>
    YouthUnion,

    /// <summary>Friendship association or union of friendship organisations.</summary>
    FriendshipAssociation,

    /// <summary>University, college or school.</summary>
    University,

    /// <summary>Another organisation acting for the unit.</summary>
    Other,
}
