package org.casus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The casus command: sourced facts from conflict news. */
@Command(
    name = "casus",
    mixinStandardHelpOptions = true,
    version = "casus 0.1.0",
    description = "Reads conflict news and extracts sourced facts: events, casualties, materiel, damage.",
    subcommands = {ExtractCommand.class, EvalCommand.class, IngestCommand.class, QueryCommand.class,
        IncidentCommand.class, BenchCommand.class, PlacesCommand.class, AnnotateCommand.class,
        CommandLine.HelpCommand.class})
public final class Casus implements Runnable {
  /** Exit code when some documents failed. */
  static final int SOME_FAILED = 1;
  /** Exit code of a usage error. */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cl = new CommandLine(new Casus());
    cl.registerConverter(java.time.LocalDate.class, java.time.LocalDate::parse);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract, eval, ingest, query, incident, bench, places, annotate)");
  }
}
