using System.Collections.Specialized;
using System.Security.Claims;
using System.Text;
using System.Web;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace ResumeFlow.Functions.Tests.Http;

/// <summary>An HTTP request as the Functions worker presents it to a trigger.</summary>
internal sealed class TestRequest : HttpRequestData
{
    public TestRequest(FunctionContext context, string method, string url, byte[] body, params (string Name, string Value)[] headers)
        : base(context)
    {
        Method = method;
        Url = new Uri(url);
        Body = new MemoryStream(body);
        Headers = [];
        foreach (var (name, value) in headers)
        {
            Headers.Add(name, value);
        }

        Query = HttpUtility.ParseQueryString(Url.Query);
    }

    public static TestRequest Json(FunctionContext context, string url, string json)
        => new(context, "POST", url, Encoding.UTF8.GetBytes(json), ("Content-Type", "application/json"));

    public override Stream Body { get; }

    public override HttpHeadersCollection Headers { get; }

    public override IReadOnlyCollection<IHttpCookie> Cookies { get; } = [];

    public override Uri Url { get; }

    public override IEnumerable<ClaimsIdentity> Identities { get; } = [];

    public override string Method { get; }

    public override NameValueCollection Query { get; }

    public override HttpResponseData CreateResponse() => new TestResponse(FunctionContext);
}
