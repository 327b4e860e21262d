package org.archivelistings.jobs;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.annotation.Isolation;

/**
 * The persistent job repository: an embedded H2 file database by default, PostgreSQL when a JDBC URL
 * says so. Without it Spring Batch 6 keeps nothing (its default repository is resourceless), and a
 * failed run could not be restarted.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
// READ_COMMITTED for creating executions: the read partitions start their step executions at the
// same moment, and PostgreSQL's SERIALIZABLE (Spring Batch's default here) fails one of them with a
// serialization error.
@EnableJdbcJobRepository(
        dataSourceRef = "dataSource",
        transactionManagerRef = "transactionManager",
        isolationLevelForCreate = Isolation.READ_COMMITTED)
class BatchInfrastructure {

    @Bean
    DataSourceTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    /** The default repository URL: an H2 file under {@code dir}. */
    static String defaultUrl(Path dir) {
        return withH2Settings("jdbc:h2:file:" + dir.toAbsolutePath().resolve("repository"));
    }

    /**
     * An H2 file URL with the settings a crash-safe repository needs: DB_CLOSE_ON_EXIT=FALSE, so that H2's
     * own shutdown hook does not close the database before a SIGTERM'd job has recorded that it stopped;
     * WRITE_DELAY=0, so that a commit is on disk when it returns (H2 otherwise writes up to a second
     * later, and a process that exits, or is killed, loses the last commits it believed done).
     */
    static String withH2Settings(String url) {
        if (!url.startsWith("jdbc:h2:file:")) {
            return url;
        }
        String u = url;
        if (!u.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            u += ";DB_CLOSE_ON_EXIT=FALSE";
        }
        if (!u.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
            u += ";WRITE_DELAY=0";
        }
        return u;
    }

    /** A pooled data source for {@code url}, with the Spring Batch schema created when it is missing. */
    static HikariDataSource dataSource(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withH2Settings(url));
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(4);
        config.setPoolName("job-repository");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            createSchemaIfMissing(ds);
        } catch (SQLException | RuntimeException e) {
            ds.close();
            throw new IllegalStateException("cannot open the job repository at " + url + ": " + e.getMessage(), e);
        }
        return ds;
    }

    private static void createSchemaIfMissing(DataSource ds) throws SQLException {
        String product;
        try (Connection c = ds.getConnection()) {
            product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            for (String name : new String[] {"BATCH_JOB_INSTANCE", "batch_job_instance"}) {
                try (ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
        }
        String script = product.contains("postgres") ? "schema-postgresql.sql" : "schema-h2.sql";
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/" + script))
                .execute(ds);
    }
}
