using Bolwerk.Maritime.Simulation;

namespace Bolwerk.Maritime.Tests.Simulation;

public sealed class DetectionEvaluationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-eval-").FullName;

    [Fact]
    public void Precision_counts_alerts_recall_counts_labels_and_look_alikes_are_named()
    {
        var labels = Write("labels.jsonl",
            """{"kind":"meta","sentences":1000,"vessels":10,"vesselHours":2000}""",
            """{"kind":"anchor-drag","variant":"a","mmsi":1,"start":"2026-03-01T04:00:00Z","end":"2026-03-01T05:00:00Z"}""",
            """{"kind":"anchor-drag","variant":"b","mmsi":2,"start":"2026-03-01T04:00:00Z","end":"2026-03-01T05:00:00Z"}""",
            """{"kind":"rendezvous","variant":"c","mmsi":3,"otherMmsi":4,"start":"2026-03-01T10:00:00Z","end":"2026-03-01T13:00:00Z"}""",
            """{"kind":"confounder","of":"anchor-drag","variant":"d","mmsi":5,"start":"2026-03-01T08:00:00Z","end":"2026-03-01T09:00:00Z"}""");
        var alerts = Write("alerts.jsonl",
            """{"kind":"anchor-drag","mmsi":1,"start":"2026-03-01T04:20:00Z","end":"2026-03-01T04:50:00Z","score":0.6,"explanation":"x"}""",
            """{"kind":"anchor-drag","mmsi":1,"start":"2026-03-01T05:20:00Z","end":"2026-03-01T05:25:00Z","score":0.6,"explanation":"within tolerance"}""",
            """{"kind":"anchor-drag","mmsi":5,"start":"2026-03-01T08:10:00Z","end":"2026-03-01T08:40:00Z","score":0.6,"explanation":"look-alike"}""",
            """{"kind":"anchor-drag","mmsi":2,"start":"2026-03-01T07:00:00Z","end":"2026-03-01T07:30:00Z","score":0.6,"explanation":"too late"}""",
            """{"kind":"rendezvous","mmsi":4,"otherMmsi":3,"start":"2026-03-01T11:00:00Z","end":"2026-03-01T12:00:00Z","score":0.7,"explanation":"pair either way round"}""");

        var report = DetectionEvaluation.Evaluate(labels, alerts, TimeSpan.FromMinutes(30));

        var drag = report.Kinds.Single(k => k.Kind == "anchor-drag");
        (drag.Labels, drag.Found, drag.Alerts, drag.TrueAlerts, drag.OnConfounders).ShouldBe((2, 1, 4, 2, 1));
        drag.Precision.ShouldBe(0.5);
        drag.Recall.ShouldBe(0.5);
        var meet = report.Kinds.Single(k => k.Kind == "rendezvous");
        (meet.Precision, meet.Recall).ShouldBe((1.0, 1.0));
        report.VesselHours.ShouldBe(2000);
        report.FalseAlertsPerThousandVesselHours.ShouldBe(1.0);
        report.Kinds.Single(k => k.Kind == "ais-gap").Recall.ShouldBe(1.0);
    }

    [Fact]
    public void A_broken_line_is_named_by_file_and_line()
    {
        var labels = Write("labels.jsonl", """{"kind":"meta","vesselHours":1}""");
        var alerts = Write("alerts.jsonl", """{"kind":"ais-gap","mmsi":1,"start":"2026-03-01T04:20:00Z","end":"2026-03-01T04:50:00Z"}""", "{not json");
        var error = Should.Throw<InvalidDataException>(() => DetectionEvaluation.Evaluate(labels, alerts, TimeSpan.Zero));
        error.Message.ShouldContain("alerts.jsonl: line 2");

        var missing = Write("missing.jsonl", """{"kind":"ais-gap","start":"2026-03-01T04:20:00Z","end":"2026-03-01T04:50:00Z"}""");
        Should.Throw<InvalidDataException>(() => DetectionEvaluation.Evaluate(labels, missing, TimeSpan.Zero)).Message.ShouldContain("line 1: field 'mmsi' is missing");

        var wrongType = Write("wrong.jsonl", """{"kind":"ais-gap","mmsi":"244","start":"2026-03-01T04:20:00Z","end":"2026-03-01T04:50:00Z"}""");
        Should.Throw<InvalidDataException>(() => DetectionEvaluation.Evaluate(labels, wrongType, TimeSpan.Zero)).Message.ShouldContain("wrong.jsonl: line 1:");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
