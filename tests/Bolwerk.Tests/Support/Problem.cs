using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bolwerk.Tests.Support;

/// <summary>Reads and checks an RFC 9457 problem response.</summary>
internal static class Problem
{
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string type)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("type").GetString().ShouldBe(type);
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.TryGetProperty("traceId", out _).ShouldBeTrue("every problem carries a trace id");
        return problem;
    }
}
