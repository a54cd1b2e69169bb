using System.Text;

namespace RelationsGraph.Loader.Tests.Documents;

/// <summary>
/// The same Vietnamese sentence in the legacy encodings the loader must recognise. The TCVN3 bytes were produced with
/// glibc's iconv (TCVN5712-1); the VNI and Windows-1258 bytes are spelt out letter by letter (VNI writes a base vowel
/// followed by a mark byte, Windows-1258 a precomposed vowel followed by a combining tone byte).
/// </summary>
internal static class LegacyBytes
{
    public static byte[] Tcvn3 { get; } = Convert.FromBase64String(
        "VNhuaCBOZ2jWIEFuIHa1IHTYbmggWGmqbmcgS2hvtm5nIGv9IGvVdCBiaapuIGK2biBnaGkgbmjtIGjucCB0uGMuIEhhaSBiqm4gdGjobmcgbmjKdCCuyHkgbbluaCBo7nAgdLhjIHRyb25nIG5oadJ1IGzcbmggdvljLgo=");

    public static byte[] Vni { get; } = Repeat(Latin1(
        "T\u00E6nh Nghe\u00E4 An va\u00F8 t\u00E6nh Xie\u00E2ng Khoa\u00FBng ky\u00F9 bie\u00E2n ba\u00FBn ghi nh\u00F4\u00F9 h\u00F4\u00EFp ta\u00F9c. "));

    public static byte[] Windows1258 { get; } = Repeat(Latin1(
        "Ti\u00D2nh Ngh\u00EA\u00F2 An va\u00CC ti\u00D2nh Xi\u00EAng Khoa\u00D2ng ky\u00EC bi\u00EAn ba\u00D2n ghi nh\u00F5\u00EC h\u00F5\u00F2p ta\u00ECc. "));

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static byte[] Repeat(byte[] sentence) => [.. sentence, .. sentence, .. "\n"u8];
}
