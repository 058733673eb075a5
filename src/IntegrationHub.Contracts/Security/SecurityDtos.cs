namespace IntegrationHub.Contracts.Security;

/// <summary>Credentials for a person's login.</summary>
/// <param name="UserName">The user name.</param>
/// <param name="Password">The password.</param>
public sealed record LoginRequest(string UserName, string Password);

/// <summary>A password change by the signed-in user.</summary>
/// <param name="CurrentPassword">The password in use now (or the one-time password).</param>
/// <param name="NewPassword">The new password, at least 12 characters.</param>
public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

/// <summary>Who the caller is.</summary>
/// <param name="Name">User or API key name.</param>
/// <param name="Kind">"user" or "apiKey".</param>
/// <param name="Roles">Roles held.</param>
/// <param name="MustChangePassword">True while a one-time password is in use.</param>
public sealed record CurrentPrincipal(string Name, string Kind, IReadOnlyList<string> Roles, bool MustChangePassword);

/// <summary>A user as the API shows it (never the password hash).</summary>
/// <param name="Id">User id.</param>
/// <param name="UserName">Login name.</param>
/// <param name="Roles">Roles held.</param>
/// <param name="Disabled">Whether login is refused.</param>
/// <param name="MustChangePassword">Whether a one-time password is in use.</param>
/// <param name="CreatedAt">When created.</param>
public sealed record UserDto(Guid Id, string UserName, IReadOnlyList<string> Roles, bool Disabled, bool MustChangePassword, DateTimeOffset CreatedAt);

/// <summary>Creates a user with a one-time password the API returns once.</summary>
/// <param name="UserName">Login name.</param>
/// <param name="Roles">Roles to hold.</param>
public sealed record CreateUserRequest(string UserName, IReadOnlyList<string> Roles);

/// <summary>A created user and the one-time password to hand over.</summary>
/// <param name="User">The user.</param>
/// <param name="OneTimePassword">Shown only in this response.</param>
public sealed record CreatedUser(UserDto User, string OneTimePassword);

/// <summary>Changes a user's roles or disables them.</summary>
/// <param name="Roles">Roles to hold, or null to keep.</param>
/// <param name="Disabled">Disabled state, or null to keep.</param>
public sealed record UpdateUserRequest(IReadOnlyList<string>? Roles, bool? Disabled);

/// <summary>An API key as listed (never the key itself).</summary>
/// <param name="Id">Key id.</param>
/// <param name="Name">What the key is for.</param>
/// <param name="Prefix">The first characters, to recognise it.</param>
/// <param name="Roles">Roles held.</param>
/// <param name="CreatedAt">When created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="LastUsedAt">Last successful use, if any.</param>
/// <param name="RevokedAt">When revoked, if revoked.</param>
public sealed record ApiKeyDto(Guid Id, string Name, string Prefix, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>Creates an API key.</summary>
/// <param name="Name">What the key is for.</param>
/// <param name="Roles">Roles to hold.</param>
public sealed record CreateApiKeyRequest(string Name, IReadOnlyList<string> Roles);

/// <summary>A created API key; the key is shown only here.</summary>
/// <param name="ApiKey">The listed form.</param>
/// <param name="Key">The secret key, for the X-Api-Key header.</param>
public sealed record CreatedApiKey(ApiKeyDto ApiKey, string Key);
