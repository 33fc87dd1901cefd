namespace Infra.Components;

/// <summary>The characters a generated secret is drawn from.</summary>
public enum SecretAlphabet
{
    /// <summary>A-Z, a-z, 0-9.</summary>
    Alphanumeric,

    /// <summary>a-z, 0-9.</summary>
    LowerAlphanumeric,

    /// <summary>0-9, a-f (a hex key: length is the number of hex digits).</summary>
    Hex,

    /// <summary>A-Z, a-z, 0-9, '-' and '_' (URL-safe base64 characters).</summary>
    Base64Url,

    /// <summary>A-Z, a-z, 0-9 and the random provider's default special characters.</summary>
    Printable,
}
