namespace Infra.Components;

/// <summary>
/// The uptime probe's code (<c>index.mjs</c>, Node.js 22 on Lambda, whose runtime includes the AWS SDK
/// for JavaScript v3). It loads every checked URL and reads the host's certificate, then puts
/// <c>LoadTime</c> per check and <c>TlsDaysRemaining</c> into CloudWatch. A failed certificate read
/// fails the run after the load times are sent (the errors alarm sees it). No <c>${</c> in the text:
/// the program would have to escape it.
/// </summary>
public static class UptimeProbeScript
{
    public const string FileName = "index.mjs";

    public const string Handler = "index.handler";

    public const string Source = """
        // Infra's uptime probe (AWS backend). Route 53 decides up or down; this measures what it
        // cannot: how long each checked page takes to load, and how many days the TLS certificate
        // has left. Configured by the environment: STACK, NAMESPACE, HOST, TIMEOUT_MS and TARGETS
        // (a JSON list of {check, url}).
        import { connect } from "node:tls";
        import { CloudWatchClient, PutMetricDataCommand } from "@aws-sdk/client-cloudwatch";

        const cloudwatch = new CloudWatchClient({});
        const stack = process.env.STACK;
        const namespace = process.env.NAMESPACE;
        const host = process.env.HOST;
        const timeoutMs = Number(process.env.TIMEOUT_MS);
        const targets = JSON.parse(process.env.TARGETS);

        // Milliseconds until the whole response has arrived. A request that fails counts as the time
        // it took: a timeout is slow, an early failure is for Route 53 to report as down.
        export async function loadTime(url) {
          const started = Date.now();
          try {
            const response = await fetch(url, {
              signal: AbortSignal.timeout(timeoutMs),
              headers: { "user-agent": "infra-uptime-probe" },
            });
            await response.arrayBuffer();
          } catch (error) {
            console.log("request failed: " + url + ": " + error);
          }
          return Date.now() - started;
        }

        // Days until the certificate the host presents expires (negative once it has).
        export function certificateDaysLeft(hostname) {
          return new Promise((resolve, reject) => {
            const socket = connect({ host: hostname, port: 443, servername: hostname, rejectUnauthorized: false });
            socket.setTimeout(timeoutMs, () => socket.destroy(new Error("TLS handshake timed out")));
            socket.once("error", reject);
            socket.once("secureConnect", () => {
              const certificate = socket.getPeerCertificate();
              socket.end();
              if (!certificate || !certificate.valid_to) {
                reject(new Error("no certificate presented"));
                return;
              }
              resolve((Date.parse(certificate.valid_to) - Date.now()) / 86400000);
            });
          });
        }

        export const handler = async () => {
          const timestamp = new Date();
          const [times, certificate] = await Promise.all([
            Promise.all(targets.map((target) => loadTime(target.url))),
            certificateDaysLeft(host).then((days) => ({ days }), (error) => ({ error })),
          ]);
          const stackDimension = { Name: "Stack", Value: stack };
          const data = targets.map((target, i) => ({
            MetricName: "LoadTime",
            Unit: "Milliseconds",
            Value: times[i],
            Timestamp: timestamp,
            Dimensions: [stackDimension, { Name: "Check", Value: target.check }],
          }));
          if (certificate.error === undefined) {
            data.push({ MetricName: "TlsDaysRemaining", Unit: "None", Value: certificate.days, Timestamp: timestamp, Dimensions: [stackDimension] });
          }
          await cloudwatch.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: data }));
          if (certificate.error !== undefined) {
            throw new Error("could not read the certificate of " + host + ": " + certificate.error.message);
          }
          return { times, days: certificate.days };
        };

        """;
}
