package org.rallyupjdbc.client;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The HTTP proxy the driver's requests go through: the one the {@code proxyHost} and {@code
 * proxyPort} properties name or, without them, whatever the JVM's proxy selector chooses (the
 * standard {@code http.proxyHost}/{@code https.proxyHost} system properties). A proxy login, when
 * given, answers any proxy's HTTP 407 challenge.
 *
 * @param address the proxy to use, or empty for the JVM's choice
 * @param login the proxy login, if the proxy asks for one
 */
public record ProxySettings(Optional<InetSocketAddress> address, Optional<ProxyLogin> login) {
  /** Creates settings. */
  public ProxySettings {
    requireNonNull(address, "address");
    requireNonNull(login, "login");
  }

  /** The JVM's proxy choice and no proxy login. */
  public static ProxySettings jvmDefault() {
    return new ProxySettings(Optional.empty(), Optional.empty());
  }

  /** The proxy at {@code host:port}; the name is resolved when connecting, as the JVM does. */
  public static InetSocketAddress address(String host, int port) {
    return InetSocketAddress.createUnresolved(host, port);
  }

  /**
   * Points the client at the proxy and answers 407 challenges; without a login the answer is a
   * clear failure instead of OkHttp handing the proxy's 407 page on as if RallyUp had sent it.
   */
  void applyTo(OkHttpClient.Builder builder) {
    address.ifPresent(a -> builder.proxy(new Proxy(Proxy.Type.HTTP, a)));
    builder.proxyAuthenticator(login.orElse(ProxyLogin.NONE));
  }

  @Override
  public String toString() {
    return "ProxySettings[address="
        + address.map(a -> a.getHostString() + ":" + a.getPort()).orElse("(JVM default)")
        + ", login="
        + login.map(ProxyLogin::toString).orElse("(none)")
        + "]";
  }
}
