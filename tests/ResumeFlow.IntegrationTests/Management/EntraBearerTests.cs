using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using ResumeFlow.Host.Management;

namespace ResumeFlow.IntegrationTests.Management;

/// <summary>
/// With <c>Host:Entra</c> configured, a bearer token for the tenant and audience (and role, when one is
/// required) opens the data routes instead of the key. The tenant's signing keys are given to the
/// handler directly, as no metadata endpoint can be reached from here; issuer, audience, lifetime and
/// signature are validated by the real JWT bearer handler.
/// </summary>
public sealed class EntraBearerTests
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private const string Audience = "api://resumeflow-tests";
    private const string Role = "Screening.ReadWrite";
    private const string Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0";
    private const string ListRoute = $"{HttpManagementPayload.RoutePrefix}/instances";

    private static readonly SymmetricSecurityKey TenantKey = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_for_the_tenant_audience_and_role_reads_without_the_key()
    {
        await using var factory = EntraFactory(requiredRole: Role);
        using var client = factory.CreateClient();

        using var response = await GetAsync(client, Token(TenantKey, Audience, roles: [Role]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_or_for_another_audience_or_expired_is_401()
    {
        await using var factory = EntraFactory(requiredRole: null);
        using var client = factory.CreateClient();
        var otherKey = new SymmetricSecurityKey(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());

        foreach (var token in new[]
        {
            Token(otherKey, Audience, roles: []),
            Token(TenantKey, "api://someone-else", roles: []),
            Token(TenantKey, Audience, roles: [], expires: DateTime.UtcNow.AddHours(-1)),
            "not-a-jwt",
        })
        {
            using var response = await GetAsync(client, token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            await DurableManagementApiTests.AssertErrorAsync(response, "bearer_token_invalid");
        }
    }

    [Fact]
    public async Task A_valid_token_without_the_required_role_is_403()
    {
        await using var factory = EntraFactory(requiredRole: Role);
        using var client = factory.CreateClient();

        using var response = await GetAsync(client, Token(TenantKey, Audience, roles: ["Something.Else"]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await DurableManagementApiTests.AssertErrorAsync(response, "role_required");
    }

    [Fact]
    public async Task A_host_without_Entra_refuses_bearer_tokens_with_a_code()
    {
        await using var factory = new ManagementApiFactory("the-key");
        using var client = factory.CreateClient();

        using var response = await GetAsync(client, Token(TenantKey, Audience, roles: [Role]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await DurableManagementApiTests.AssertErrorAsync(response, "bearer_not_enabled");
    }

    private static ManagementApiFactory EntraFactory(string? requiredRole) => new("the-key", builder =>
    {
        builder.Configuration["Host:Entra:TenantId"] = Tenant;
        builder.Configuration["Host:Entra:Audience"] = Audience;
        builder.Configuration["Host:Entra:RequiredRole"] = requiredRole;
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            // Stands in for the tenant's published metadata (issuer + signing keys).
            var metadata = new OpenIdConnectConfiguration { Issuer = Issuer };
            metadata.SigningKeys.Add(TenantKey);
            jwt.Configuration = metadata;
        });
    });

    private static string Token(SecurityKey key, string audience, IReadOnlyList<string> roles, DateTime? expires = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            NotBefore = expiry.AddHours(-2),
            IssuedAt = expiry.AddHours(-2),
            Expires = expiry,
            Subject = new ClaimsIdentity([new Claim("sub", "recruiter-1"), .. roles.Select(r => new Claim("roles", r))]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ListRoute);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, Ct);
    }
}
