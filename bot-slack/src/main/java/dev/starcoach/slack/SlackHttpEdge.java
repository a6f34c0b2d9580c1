package dev.starcoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.servlet.SlackAppServlet;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * The Jetty server of HTTP mode, hardened: {@link SlackEdgeFilter} in front of Bolt's servlet at
 * {@code /slack/events}, no {@code Server} or {@code X-Powered-By} header, and errors answered with
 * a bare status line of text (no stack trace, no server version, no request echoed).
 */
final class SlackHttpEdge {
  private SlackHttpEdge() {}

  /** A server (not started) listening on {@code bindHost:port}. */
  static Server server(App app, String signingSecret, String bindHost, int port, Clock clock) {
    Server server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setSendDateHeader(false);
    // decide on the headers alone: an oversized body is refused before a byte of it arrives
    http.setDelayDispatchUntilContent(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(bindHost);
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(
        new FilterHolder(new SlackEdgeFilter(signingSecret, clock)),
        SlackSettings.EVENTS_PATH,
        EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new SlackAppServlet(app)), SlackSettings.EVENTS_PATH);
    QuietErrors errors = new QuietErrors();
    context.setErrorHandler(errors);
    server.setErrorHandler(errors);
    server.setHandler(context);
    return server;
  }

  /** The connector a server built here listens on. */
  static ServerConnector connector(Server server) {
    return (ServerConnector) server.getConnectors()[0];
  }

  /** Error pages that say only the status: nothing about the server or the failure. */
  static final class QuietErrors extends ErrorHandler {
    QuietErrors() {
      setShowStacks(false);
      setShowServlet(false);
      setShowMessageInTitle(false);
    }

    @Override
    protected void writeErrorPage(
        HttpServletRequest request, Writer writer, int code, String message, boolean showStacks)
        throws IOException {
      writer.write("error " + code + "\n");
    }

    @Override
    public void handle(
        String target,
        org.eclipse.jetty.server.Request baseRequest,
        HttpServletRequest request,
        HttpServletResponse response)
        throws IOException {
      baseRequest.setHandled(true);
      byte[] text = ("error " + response.getStatus() + "\n").getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/plain; charset=utf-8");
      response.setContentLength(text.length);
      response.getOutputStream().write(text);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
      return ByteBuffer.wrap(("error " + status + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
