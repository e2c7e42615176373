using System.Globalization;

namespace Compare.Server.Benchmarks.Cluster;

/// <summary>CPU time from Linux <c>/proc</c>: the whole machine's busy and total time, and the processes whose command line names something.</summary>
internal static class ProcStat
{
    // USER_HZ: 100 on Linux for every common architecture.
    private const double TicksPerSecond = 100;

    /// <summary>Busy (everything but idle and iowait) and total CPU seconds of all cores since boot; zeros when /proc/stat is missing.</summary>
    public static (double Busy, double Total) Machine()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return ((total - idle) / TicksPerSecond, total / TicksPerSecond);
    }

    /// <summary>CPU seconds (user + system) of the live processes whose command line contains <paramref name="text"/>, by pid.</summary>
    public static Dictionary<int, double> ProcessesNaming(string text)
    {
        var found = new Dictionary<int, double>();
        if (!Directory.Exists("/proc"))
        {
            return found;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (!cmdline.Contains(text, StringComparison.Ordinal))
                {
                    continue;
                }

                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Fields after the command name (which is in parentheses and may hold spaces): state is field 3, utime 14, stime 15.
                var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                found[pid] = (double.Parse(rest[11], CultureInfo.InvariantCulture) + double.Parse(rest[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found;
    }
}
