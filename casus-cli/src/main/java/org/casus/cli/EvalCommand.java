package org.casus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.casus.contract.ContractJson;
import org.casus.eval.EvalReport;
import org.casus.eval.GoldDocument;
import org.casus.eval.GoldSet;
import org.casus.eval.ReportPrinter;
import org.casus.eval.ReportSection;
import org.casus.eval.Scorer;
import org.casus.ingest.TextDecoder;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.casus.model.DocumentResult;
import org.casus.model.Fact;
import org.casus.pipeline.Pipeline;
import org.casus.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** casus eval: the pipeline scored against a folder of gold files. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the pipeline on the input of every gold file of GOLD_DIR (with the gold's publication date)",
        "and prints precision, recall and F1 per fact type and per language, field accuracies on matched",
        "facts, and 'overall F1' last, by the matching rules of the gold README."})
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD_DIR", description = "A folder of gold files (<id>.json).")
  Path goldDir;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also write the report as JSON here.")
  Path output;

  @Option(names = "--errors", description = "List each false positive and false negative with its evidence.")
  boolean errors;

  @Option(names = "--fields",
      description = "List each matched fact whose fields disagree with gold: field, gold and predicted value, evidence.")
  boolean fields;

  @Option(names = "--types", description = "Print the confusion matrix of event types on events that share a place.")
  boolean types;

  @Option(names = "--predictions", paramLabel = "FILE", description = "Also write the pipeline's output (JSON Lines) here.")
  Path predictions;

  @Option(names = "--full-annotation",
      description = "Give every sentence the full annotation (POS, entities, dependencies), not only those that can carry a fact.")
  boolean fullAnnotation;

  @Override
  public Integer call() throws Exception {
    List<GoldDocument> gold = GoldSet.load(goldDir);
    Pipeline pipeline = StandardPipeline.build(!fullAnnotation);
    Map<String, List<ObjectNode>> predicted = new LinkedHashMap<>();
    Map<String, String> cleanTexts = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    int failed = 0;
    for (GoldDocument g : gold) {
      String text;
      try {
        text = TextDecoder.decode(Files.readAllBytes(g.input()));
      } catch (java.io.IOException e) {
        // scored as a document with no predictions, so its gold facts count as missed
        failed++;
        System.err.println("casus: " + g.id() + ": cannot read its input " + g.input() + " ("
            + e.getClass().getSimpleName() + ")");
        continue;
      }
      Document d = new Document(g.id(), g.input().toString(), Optional.empty(), Optional.of(g.published()), text,
          ContentFormat.TEXT);
      DocumentResult r = pipeline.process(d, Optional.empty());
      lines.add(ContractJson.document(r).toString());
      if (r instanceof DocumentResult.Extracted x) {
        List<ObjectNode> facts = new ArrayList<>();
        for (Fact f : x.facts()) {
          facts.add(ContractJson.fact(f));
        }
        predicted.put(g.id(), facts);
        cleanTexts.put(g.id(), x.annotated().text());
      } else {
        failed++;
        System.err.println("casus: " + g.id() + ": " + ((DocumentResult.Failed) r).error());
      }
    }
    EvalReport report = Scorer.score(gold, predicted, cleanTexts);
    Set<ReportSection> sections = EnumSet.noneOf(ReportSection.class);
    if (errors) {
      sections.add(ReportSection.ERRORS);
    }
    if (fields) {
      sections.add(ReportSection.FIELDS);
    }
    if (types) {
      sections.add(ReportSection.EVENT_TYPES);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(ReportPrinter.render(report, sections));
    out.flush();
    if (output != null) {
      Files.writeString(output, ContractJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson()));
    }
    if (predictions != null) {
      Files.write(predictions, lines, StandardCharsets.UTF_8);
    }
    return failed == 0 ? 0 : Casus.SOME_FAILED;
  }
}
