package no.samarbeidsavtaler.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void quietLogs() {
        QuietLogs.apply();
    }

    @Test
    void dataSurvivesARestartOnTheSameDirectory() {
        Path dataDirectory = temp.resolve("data");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(dataDirectory, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            agreements(client).insertOne(new Document("_id", "avtale-1").append("parties", List.of("974749025", "0301")));
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(dataDirectory, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(agreements(client).find().into(new ArrayList<>()))
                    .containsExactly(new Document("_id", "avtale-1").append("parties", List.of("974749025", "0301")));
        }
    }

    @Test
    void createsTheDataDirectoryAndDescribesWhereTheDataIs() {
        Path dataDirectory = temp.resolve("not/yet/there");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(dataDirectory, 0)) {
            Path file = dataDirectory.resolve("registry.mv.db").toAbsolutePath();
            assertThat(server.dataFile()).contains(file);
            assertThat(file).exists();
            assertThat(server.description()).isEqualTo(
                    "embedded mongo-java-server (H2 file " + file + ") on 127.0.0.1:" + server.port());
        }
    }

    @Test
    void listensOnARandomLoopbackPortOnly() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(temp, 0)) {
            assertThat(server.port()).isPositive();
            assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(server.connectionString()).isEqualTo("mongodb://127.0.0.1:" + server.port());

            Optional<InetAddress> external = nonLoopbackIpv4Address();
            assumeThat(external).as("a non-loopback IPv4 address to probe").isPresent();
            assertThatThrownBy(() -> connect(external.get(), server.port())).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void listensOnTheGivenPort() throws IOException {
        int port = freePort();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(temp, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok")).isEqualTo(1.0);
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryFailsNamingTheLockedFile() {
        try (EmbeddedMongoServer first = EmbeddedMongoServer.startDurable(temp, 0)) {
            assertThatThrownBy(() -> EmbeddedMongoServer.startDurable(temp, 0))
                    .isInstanceOf(DataFileLockedException.class)
                    .hasMessageContaining(first.dataFile().orElseThrow().toString())
                    .hasMessageContaining("another instance of the registry is probably running");
        }
    }

    @Test
    void aPortInUseFailsClearlyAndReleasesTheDataFile() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedMongoServer.startDurable(temp, taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(temp, 0)) {
            assertThat(server.dataFile()).isPresent();
        }
    }

    @Test
    void theInMemoryServerSaysItIsNotDurable() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startInMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            agreements(client).insertOne(new Document("_id", "avtale-1"));

            assertThat(agreements(client).countDocuments()).isOne();
            assertThat(server.dataFile()).isEmpty();
            assertThat(server.description()).isEqualTo(
                    "embedded mongo-java-server (in memory, not durable) on 127.0.0.1:" + server.port());
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        EmbeddedMongoServer server = EmbeddedMongoServer.startDurable(temp, 0);
        server.close();
        server.close();

        try (EmbeddedMongoServer again = EmbeddedMongoServer.startDurable(temp, 0)) {
            assertThat(again.dataFile()).isPresent();
        }
    }

    private static MongoCollection<Document> agreements(MongoClient client) {
        return client.getDatabase("registry").getCollection("agreements");
    }

    private static Optional<InetAddress> nonLoopbackIpv4Address() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
