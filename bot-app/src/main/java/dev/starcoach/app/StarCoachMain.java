package dev.starcoach.app;

import dev.starcoach.app.cli.ConsoleCommand;
import dev.starcoach.app.cli.ContentCheckCommand;
import dev.starcoach.app.cli.RunCommand;
import dev.starcoach.app.config.AppConfig;
import dev.starcoach.app.config.ConfigException;
import dev.starcoach.app.config.ConfigLoader;
import dev.starcoach.core.content.ContentException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code starcoach} command. With no subcommand it runs the bot: Discord and/or Slack when
 * their tokens are set, otherwise the console practice on the embedded database.
 */
@Command(
    name = "starcoach",
    mixinStandardHelpOptions = true,
    version = "STAR Coach 0.1.0",
    description = {
      "Behavioural interview practice: STAR prompts, explainable scoring, Bar Raiser probes.",
      "With no subcommand: the chat bots when tokens are set, else the console practice."
    },
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {
      "0:Done.",
      "1:A check failed (content check, bench) or an unexpected error.",
      "2:Bad usage, config, content pack or scoring rules (the message names the file and key).",
      "3:The database could not be reached at start.",
      "4:Discord or Slack could not start: no network, a refused token, a taken port."
    })
public final class StarCoachMain implements Callable<Integer> {
  /** Exit status for bad config, content or rules: the message names what is wrong. */
  public static final int EXIT_BAD_SETUP = 2;

  /** Exit status when the database cannot be reached at start. */
  public static final int EXIT_STORAGE = 3;

  /** Exit status when Discord or Slack cannot start (network, token, port): one line says why. */
  public static final int EXIT_PLATFORM = 4;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Config file (default: config/starcoach.yaml when it exists).")
  String configFile;

  private final AppEnvironment environment;
  private AppConfig config;

  StarCoachMain(AppEnvironment environment) {
    this.environment = environment;
  }

  /** Entry point of the runnable jar. */
  public static void main(String[] args) {
    System.exit(run(AppEnvironment.system(), args));
  }

  /** Runs the command line against an environment; returns the exit status. */
  public static int run(AppEnvironment environment, String... args) {
    StarCoachMain main = new StarCoachMain(environment);
    Wiring wiring = new Wiring(environment, main::config);
    CommandLine cli = new CommandLine(main);
    cli.addSubcommand("run", new RunCommand(wiring));
    cli.addSubcommand("console", new ConsoleCommand(wiring));
    CommandLine content =
        new CommandLine(new ContentGroup())
            .addSubcommand("check", new ContentCheckCommand(wiring::contentPaths));
    cli.addSubcommand("content", content);
    wiring.addToolCommands(cli);
    cli.setOut(new PrintWriter(environment.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(environment.err(), true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ConfigException
              || e instanceof ContentException
              || e instanceof Wiring.SetupException) {
            commandLine.getErr().println("starcoach: " + redact(e.getMessage(), environment));
            return EXIT_BAD_SETUP;
          }
          if (e instanceof Wiring.StorageStartException) {
            commandLine.getErr().println("starcoach: " + redact(e.getMessage(), environment));
            return EXIT_STORAGE;
          }
          if (e instanceof PlatformStartException) {
            commandLine.getErr().println("starcoach: " + e.getMessage());
            return EXIT_PLATFORM;
          }
          throw e;
        });
    return cli.execute(args);
  }

  /** The environment variables whose values are secrets, masked in every error shown. */
  static final List<String> SECRET_VARIABLES =
      List.of(
          "DISCORD_TOKEN",
          "SLACK_BOT_TOKEN",
          "SLACK_APP_TOKEN",
          "SLACK_SIGNING_SECRET",
          "STARCOACH_DB_PASSWORD");

  /**
   * The message with every secret masked: the values of the secret variables wherever they appear,
   * and any URL's {@code user:password@} part or {@code password=} parameter.
   */
  static String redact(String message, AppEnvironment environment) {
    if (message == null) {
      return "error";
    }
    String out = message;
    for (String name : SECRET_VARIABLES) {
      String value = environment.get(name);
      if (value != null && value.strip().length() >= 4) {
        out = out.replace(value.strip(), "***");
      }
    }
    return out.replaceAll("(?i)(password=)[^&;\\s]*", "$1***")
        .replaceAll("(//[^/:@\\s]*:)[^@/\\s]*@", "$1***@");
  }

  @Override
  public Integer call() throws Exception {
    return new RunCommand(new Wiring(environment, this::config)).call();
  }

  /** The config, loaded once from {@code --config} or the default file. */
  AppConfig config() {
    if (config == null) {
      Path file =
          configFile != null
              ? environment.resolve(configFile)
              : environment.resolve("config/starcoach.yaml");
      if (configFile != null && !file.toFile().exists()) {
        throw new ConfigException(file + ": no such config file");
      }
      config = new ConfigLoader().load(file);
    }
    return config;
  }

  /** {@code starcoach content ...}: tools for content authors. */
  @Command(
      name = "content",
      mixinStandardHelpOptions = true,
      description = "Tools for content packs.",
      subcommands = {})
  static final class ContentGroup implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getOut());
      return 0;
    }
  }

  /** Paths helper shared by commands. */
  static List<Path> paths(AppEnvironment env, List<String> raw) {
    return raw.stream().map(env::resolve).toList();
  }
}
