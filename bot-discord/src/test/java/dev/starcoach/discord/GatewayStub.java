package dev.starcoach.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A local stand-in for Discord's gateway on 127.0.0.1: a minimal WebSocket server (RFC 6455 text
 * frames, no compression) that says hello, answers IDENTIFY with READY and one GUILD_CREATE, and
 * acknowledges heartbeats. It lets a real JDA fill its cache with one server, its channel and the
 * bot's member, so channel entities are JDA's own and requests go through its real REST layer.
 */
final class GatewayStub implements AutoCloseable {
  private static final String WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ServerSocket server;
  private final String guildCreate;
  private final Thread thread;
  private volatile Socket client;
  private int sequence;

  /**
   * @param guildCreate the {@code d} of the GUILD_CREATE to send after READY
   */
  GatewayStub(String guildCreate) throws IOException {
    this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    this.guildCreate = guildCreate;
    this.thread = new Thread(this::serve, "gateway-stub");
    thread.setDaemon(true);
    thread.start();
  }

  /** The gateway URL to hand to JDA. */
  String url() {
    return "ws://127.0.0.1:" + server.getLocalPort();
  }

  private void serve() {
    try (Socket socket = server.accept()) {
      client = socket;
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      handshake(in, out);
      send(out, "{\"op\":10,\"d\":{\"heartbeat_interval\":41250},\"s\":null,\"t\":null}");
      while (true) {
        String frame = readText(in);
        if (frame == null) {
          return;
        }
        JsonNode payload = JSON.readTree(frame);
        int op = payload.path("op").asInt();
        if (op == 2) {
          send(out, dispatch("READY", ready(payload.at("/d/shard"))));
          send(out, dispatch("GUILD_CREATE", guildCreate));
        } else if (op == 1) {
          send(out, "{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
        }
      }
    } catch (IOException e) {
      // the test closed the stub or JDA disconnected
    }
  }

  private String ready(JsonNode shard) {
    String guildId;
    try {
      guildId = JSON.readTree(guildCreate).get("id").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return "{\"v\":10,\"user\":"
        + DiscordStub.selfUser()
        + ",\"guilds\":[{\"id\":\""
        + guildId
        + "\",\"unavailable\":true}],\"session_id\":\"stub-session\","
        + "\"resume_gateway_url\":\""
        + url()
        + "\",\"application\":{\"id\":\""
        + DiscordStub.APP_ID
        + "\",\"flags\":0},\"private_channels\":[],\"relationships\":[],\"presences\":[],"
        + "\"shard\":"
        + (shard.isMissingNode() ? "[0,1]" : shard.toString())
        + "}";
  }

  private synchronized String dispatch(String type, String data) {
    sequence++;
    return "{\"op\":0,\"s\":" + sequence + ",\"t\":\"" + type + "\",\"d\":" + data + "}";
  }

  private static void handshake(InputStream in, OutputStream out) throws IOException {
    String key = null;
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).equalsIgnoreCase("Sec-WebSocket-Key")) {
        key = line.substring(colon + 1).strip();
      }
    }
    if (key == null) {
      throw new IOException("not a WebSocket upgrade");
    }
    String accept;
    try {
      accept =
          Base64.getEncoder()
              .encodeToString(
                  MessageDigest.getInstance("SHA-1")
                      .digest((key + WS_GUID).getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    out.write(
        ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: "
                + accept
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
    }
    if (b == -1 && line.size() == 0) {
      throw new IOException("connection closed during the handshake");
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  /** The next text frame from the client, or null when it closed the connection. */
  private static String readText(InputStream in) throws IOException {
    while (true) {
      int first = in.read();
      int second = in.read();
      if (first == -1 || second == -1) {
        return null;
      }
      int opcode = first & 0x0F;
      long length = second & 0x7F;
      if (length == 126) {
        length = ((long) in.read() << 8) | in.read();
      } else if (length == 127) {
        length = 0;
        for (int i = 0; i < 8; i++) {
          length = (length << 8) | in.read();
        }
      }
      byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : null;
      byte[] payload = in.readNBytes((int) length);
      if (mask != null) {
        for (int i = 0; i < payload.length; i++) {
          payload[i] ^= mask[i % 4];
        }
      }
      if (opcode == 0x8) {
        return null;
      }
      if (opcode == 0x1) {
        return new String(payload, StandardCharsets.UTF_8);
      }
    }
  }

  private static synchronized void send(OutputStream out, String text) throws IOException {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    out.write(0x81);
    if (payload.length < 126) {
      out.write(payload.length);
    } else if (payload.length < 65536) {
      out.write(126);
      out.write(payload.length >>> 8);
      out.write(payload.length & 0xFF);
    } else {
      out.write(127);
      for (int i = 7; i >= 0; i--) {
        out.write((int) ((long) payload.length >>> (8 * i)) & 0xFF);
      }
    }
    out.write(payload);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    Socket socket = client;
    if (socket != null) {
      socket.close();
    }
    server.close();
  }
}
