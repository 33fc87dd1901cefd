using Infra.Expressions;
using Infra.Model;

namespace Infra.Providers.BetterUptime;

/// <summary><c>better-uptime:index/monitor:Monitor</c> (BetterStackHQ/better-uptime 0.21.10): an uptime monitor.</summary>
public sealed record BetterUptimeMonitor(string Name, Input<string> MonitorType) : Resource(Name), ISummarized
{
    public override string Type => "better-uptime:index/monitor:Monitor";

    public Input<string>? Url { get; init; }

    public Input<string>? PronounceableName { get; init; }

    /// <summary>The keyword a <c>keyword</c> monitor expects in the response.</summary>
    public Input<string>? RequiredKeyword { get; init; }

    /// <summary>Seconds between checks.</summary>
    public Input<long>? CheckFrequency { get; init; }

    /// <summary>Seconds a failure must last before an incident starts (a confirmation check).</summary>
    public Input<long>? ConfirmationPeriod { get; init; }

    /// <summary>Seconds a request may take.</summary>
    public Input<long>? RequestTimeout { get; init; }

    /// <summary>Days before the TLS certificate expires to alert.</summary>
    public Input<long>? SslExpiration { get; init; }

    public IReadOnlyList<Input<string>>? Regions { get; init; }

    public Input<string>? PolicyId { get; init; }

    public Input<bool>? Email { get; init; }

    public Input<bool>? Sms { get; init; }

    public Input<bool>? Call { get; init; }

    public Input<bool>? Push { get; init; }

    public Input<bool>? VerifySsl { get; init; }

    public IReadOnlyList<string> SummaryKeys { get; } = ["monitorType", "url", "requiredKeyword", "checkFrequency"];

    public override ObjectExpr Inputs() => new ObjectBuilder()
        .Add("monitorType", MonitorType)
        .Add("url", Url)
        .Add("pronounceableName", PronounceableName)
        .Add("requiredKeyword", RequiredKeyword)
        .Add("checkFrequency", CheckFrequency)
        .Add("confirmationPeriod", ConfirmationPeriod)
        .Add("requestTimeout", RequestTimeout)
        .Add("sslExpiration", SslExpiration)
        .Add("regions", Regions)
        .Add("policyId", PolicyId)
        .Add("email", Email)
        .Add("sms", Sms)
        .Add("call", Call)
        .Add("push", Push)
        .Add("verifySsl", VerifySsl)
        .Build();
}
