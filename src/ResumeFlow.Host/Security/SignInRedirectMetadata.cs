namespace ResumeFlow.Host.Security;

/// <summary>Marks the web app's pages: a GET without credentials is redirected to the login form rather than answered 401.</summary>
public sealed class SignInRedirectMetadata
{
    public const string LoginPath = "/login";
}
