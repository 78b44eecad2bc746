using Bolwerk.Marking;

namespace Bolwerk.Storage.Sharing;

/// <summary>A TAXII collection: owned by an organisation, shared with the others up to <paramref name="ShareTlp"/>.</summary>
/// <param name="Id">The TAXII collection id (a UUID).</param>
/// <param name="Alias">Short name for the command line.</param>
/// <param name="Title">Title shown to TAXII clients.</param>
/// <param name="Description">What it holds.</param>
/// <param name="OwnerOrganisation">The organisation whose members read up to AMBER+STRICT.</param>
/// <param name="ShareTlp">The ceiling for every other organisation (at most AMBER; RED is never served).</param>
/// <param name="CreatedAt">When it was made.</param>
public sealed record TaxiiCollectionInfo(string Id, string Alias, string Title, string? Description, string OwnerOrganisation, Tlp ShareTlp, DateTimeOffset CreatedAt);

/// <summary>One stored version of a STIX object.</summary>
/// <param name="Id">STIX id.</param>
/// <param name="Version">Its "modified" (else "created", else when it was added) as written.</param>
/// <param name="Type">STIX type.</param>
/// <param name="SpecVersion">"2.1" (SCOs without spec_version are 2.1 by the TAXII default).</param>
/// <param name="Tlp">The object's own most restrictive TLP; null when unmarked.</param>
/// <param name="DateAdded">When this collection received it (TAXII date_added; unique and increasing).</param>
/// <param name="Body">The object as JSON.</param>
public sealed record StoredStixObject(string Id, string Version, string Type, string SpecVersion, Tlp? Tlp, DateTimeOffset DateAdded, string Body);

/// <summary>What adding one object did.</summary>
/// <param name="Id">STIX id.</param>
/// <param name="Version">The version.</param>
/// <param name="Added">False when that version was already held (adding is idempotent).</param>
public sealed record StixAddOutcome(string Id, string Version, bool Added);
