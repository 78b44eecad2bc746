namespace Bolwerk.Information.Posts;

/// <summary>The post file layouts Bolwerk reads, recognised from the first line.</summary>
public enum PostFormat
{
    /// <summary>Bolwerk's JSON lines: <c>{"id","platform","account","time","text","urls":[…],"sharedId","replyTo","lang"}</c>.</summary>
    NativeJsonLines,

    /// <summary>Bolwerk's CSV: <c>id,platform,account,time,text,urls,sharedId,replyTo,lang</c> (urls space-separated).</summary>
    NativeCsv,

    /// <summary>QUT coordination-network-toolkit CSV: <c>message_id,user_id,username,repost_id,reply_id,message,timestamp,urls</c>.</summary>
    QutCsv,

    /// <summary>CooRTweet's prepared shape: <c>object_id,account_id,content_id,timestamp_share</c> (object = what was shared).</summary>
    CooRTweet,

    /// <summary>CooRTweet's multi-object example data: <c>account_id,post_id,url_id,hashtag_id,domain_id,phash_id,timestamp</c>, one row per post and object.</summary>
    CooRTweetObjects,
}
