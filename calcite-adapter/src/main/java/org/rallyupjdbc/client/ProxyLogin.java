package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.ProtocolException;
import java.util.Optional;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a proxy's HTTP 407 with {@code Proxy-Authorization: Basic} for {@code proxyUser} and
 * {@code proxyPassword}, once: a second 407 means the proxy refused them, which fails the request
 * with {@link Refused}. The password is a {@link Secret} and never printed.
 */
public final class ProxyLogin implements Authenticator {
  /** No proxy login: a 407 fails the request, saying which properties to set. */
  static final ProxyLogin NONE = new ProxyLogin(Optional.empty(), Secret.of(""));

  private final Optional<String> user;
  private final Secret password;

  private ProxyLogin(Optional<String> user, Secret password) {
    this.user = user;
    this.password = password;
  }

  /** A proxy login. */
  public static ProxyLogin of(String user, Secret password) {
    return new ProxyLogin(Optional.of(requireNonNull(user, "user")), password);
  }

  @Override
  public Request authenticate(Route route, Response response) throws IOException {
    String proxy = route == null ? "the proxy" : "the proxy " + describe(route);
    if (user.isEmpty()) {
      throw new Refused(
          proxy + " asks for a login (HTTP 407): set the proxyUser and proxyPassword properties");
    }
    if (response.request().header("Proxy-Authorization") != null) {
      throw new Refused(
          proxy
              + " refused proxyUser '"
              + user.get()
              + "' (HTTP 407 again): check proxyUser and proxyPassword");
    }
    return response
        .request()
        .newBuilder()
        .header("Proxy-Authorization", okhttp3.Credentials.basic(user.get(), password.reveal()))
        .build();
  }

  private static String describe(Route route) {
    return route.proxy().address() instanceof java.net.InetSocketAddress a
        ? a.getHostString() + ":" + a.getPort()
        : String.valueOf(route.proxy().address());
  }

  @Override
  public String toString() {
    return user.map(u -> u + ":****").orElse("(none)");
  }

  /**
   * The proxy refused the request for want of a login, or refused the login. A {@link
   * ProtocolException} so the driver does not retry it: the same login would be refused again.
   */
  public static final class Refused extends ProtocolException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }
}
