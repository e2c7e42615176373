using Google.Protobuf.WellKnownTypes;

namespace Compare.Server.Grpc.Mapping;

internal static class Timestamps
{
    public static Timestamp From(DateTimeOffset value) => Timestamp.FromDateTimeOffset(value);

    public static Timestamp? FromOrNull(DateTimeOffset? value) => value is { } v ? Timestamp.FromDateTimeOffset(v) : null;
}
