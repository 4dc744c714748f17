package org.casus.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalInt;
import org.casus.model.Breakdown;
import org.casus.model.Casualties;
import org.casus.model.Claim;
import org.casus.model.Claimant;
import org.casus.model.Count;
import org.casus.model.Damage;
import org.casus.model.DateRange;
import org.casus.model.Document;
import org.casus.model.DocumentResult;
import org.casus.model.Event;
import org.casus.model.Evidence;
import org.casus.model.Fact;
import org.casus.model.Materiel;
import org.casus.model.Place;
import org.casus.model.Provenance;

/**
 * Writes documents and facts as the JSON objects of the output contract (docs/contract.md). The
 * field names and values here are the contract: change them only with its documentation.
 */
public final class ContractJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ContractJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One output line: a document with its facts, or an error record. */
  public static ObjectNode document(DocumentResult result) {
    if (result instanceof DocumentResult.Extracted x) {
      return extracted(x);
    }
    return failed((DocumentResult.Failed) result);
  }

  private static ObjectNode extracted(DocumentResult.Extracted x) {
    Document d = x.annotated().clean().document();
    ObjectNode o = NODES.objectNode();
    o.put("id", d.id());
    o.put("lang", x.annotated().language().code());
    o.put("published", d.published().map(Object::toString).orElse(null));
    o.put("source", d.source());
    o.put("url", d.url().orElse(null));
    ArrayNode facts = o.putArray("facts");
    for (Fact f : x.facts()) {
      facts.add(fact(f));
    }
    return o;
  }

  private static ObjectNode failed(DocumentResult.Failed f) {
    ObjectNode o = NODES.objectNode();
    o.put("id", f.id());
    o.put("source", f.source());
    o.put("stage", f.stage());
    o.put("error", f.error());
    return o;
  }

  public static ObjectNode fact(Fact fact) {
    ObjectNode o = NODES.objectNode();
    o.put("type", fact.type());
    if (fact instanceof Casualties c) {
        o.put("outcome", c.outcome().code());
        o.set("count", count(c.count()));
        o.put("victims", c.victims().code());
        c.victimSide().ifPresent(s -> o.put("victim_side", s));
        c.perpetratorSide().ifPresent(s -> o.put("perpetrator_side", s));
        if (!c.breakdown().isEmpty()) {
          o.set("breakdown", breakdown(c.breakdown()));
        }
    } else if (fact instanceof Materiel m) {
        o.put("outcome", m.outcome().code());
        o.set("count", count(m.count()));
        m.system().ifPresent(s -> o.put("system", s));
        o.put("category", m.category());
        m.ownerSide().ifPresent(s -> o.put("owner_side", s));
    } else if (fact instanceof Damage d) {
        o.put("outcome", d.outcome().code());
        o.set("count", count(d.count()));
        o.put("object", d.object());
    } else if (fact instanceof Event e) {
        o.put("event_type", e.eventType());
        o.put("civilian_targeting", e.civilianTargeting());
        if (e.ceasefireViolation()) {
          o.put("ceasefire_violation", true);
        }
        e.actor1Side().ifPresent(s -> o.put("actor1_side", s));
        e.actor2Side().ifPresent(s -> o.put("actor2_side", s));
        if (e.deniedBy().size() == 1) {
          o.set("denied_by", claimant(e.deniedBy().get(0)));
        } else if (e.deniedBy().size() > 1) {
          ArrayNode denied = o.putArray("denied_by");
          e.deniedBy().forEach(c -> denied.add(claimant(c)));
        }
    }
    provenance(o, fact.provenance());
    return o;
  }

  private static void provenance(ObjectNode o, Provenance p) {
    Claim claim = p.claim();
    o.set("claimant", claimant(claim.claimant()));
    ObjectNode claimNode = o.putObject("claim");
    claim.verb().ifPresent(v -> claimNode.put("verb", v));
    claimNode.put("stance", claim.stance().code());
    claim.verbSpan().ifPresent(s -> {
      ObjectNode ev = claimNode.putObject("evidence");
      ev.put("start", s.start());
      ev.put("end", s.end());
    });
    places(o, p.places());
    p.date().ifPresent(d -> o.set("date", date(d)));
    p.eventRef().ifPresent(r -> o.put("event_ref", r));
    o.set("evidence", evidence(p.evidence()));
    o.put("confidence", Math.round(p.confidence() * 100) / 100.0);
  }

  private static ObjectNode claimant(Claimant c) {
    ObjectNode o = NODES.objectNode();
    o.put("name", c.name());
    o.put("kind", c.kind().code());
    c.side().ifPresent(s -> o.put("side", s));
    return o;
  }

  private static void places(ObjectNode o, List<Place> places) {
    if (places.size() == 1) {
      o.set("place", place(places.get(0)));
    } else if (places.size() > 1) {
      ArrayNode a = o.putArray("place");
      places.forEach(p -> a.add(place(p)));
    }
  }

  private static ObjectNode place(Place p) {
    ObjectNode o = NODES.objectNode();
    o.put("name", p.name());
    p.country().ifPresent(c -> o.put("country", c));
    p.lat().ifPresent(v -> o.put("lat", v));
    p.lon().ifPresent(v -> o.put("lon", v));
    o.put("precision", p.precision());
    p.admin1().ifPresent(a -> o.put("admin1", a));
    return o;
  }

  private static ObjectNode date(DateRange d) {
    ObjectNode o = NODES.objectNode();
    o.put("start", d.start().toString());
    o.put("end", d.end().toString());
    o.put("precision", d.precision());
    return o;
  }

  /** A total's subsets as the contract writes them ({@code breakdown}); the store writes the same. */
  public static ArrayNode breakdown(List<Breakdown> parts) {
    ArrayNode out = NODES.arrayNode();
    parts.forEach(b -> out.add(breakdown(b)));
    return out;
  }

  private static ObjectNode breakdown(Breakdown b) {
    ObjectNode o = NODES.objectNode();
    o.set("count", count(b.count()));
    o.put("victims", b.victims().code());
    o.put("descriptor", b.descriptor());
    ObjectNode ev = o.putObject("evidence");
    ev.put("text", b.evidence().text());
    ev.put("start", b.evidence().words().start());
    ev.put("end", b.evidence().words().end());
    return o;
  }

  private static ObjectNode evidence(Evidence e) {
    ObjectNode o = NODES.objectNode();
    o.put("text", e.text());
    o.put("start", e.words().start());
    o.put("end", e.words().end());
    ObjectNode s = o.putObject("sentence");
    s.put("start", e.sentence().start());
    s.put("end", e.sentence().end());
    o.put("document", e.documentId());
    return o;
  }

  private static JsonNode count(Count c) {
    ObjectNode o = NODES.objectNode();
    put(o, "min", c.min());
    put(o, "max", c.max());
    return o;
  }

  /** A count as the contract writes it ({@code {"min": 12, "max": null}}) read back; missing bounds are open. */
  public static Count readCount(JsonNode count) {
    return new Count(bound(count.path("min")), bound(count.path("max")));
  }

  private static OptionalInt bound(JsonNode n) {
    return n.isInt() ? OptionalInt.of(n.asInt()) : OptionalInt.empty();
  }

  private static void put(ObjectNode o, String field, OptionalInt v) {
    if (v.isPresent()) {
      o.put(field, v.getAsInt());
    } else {
      o.putNull(field);
    }
  }
}
