# syntax=docker/dockerfile:1
# Rampart container image: build with the Maven wrapper on a JDK, run on a JRE as a non-root user.
#
#   docker build -t rampart .
#   docker run --rm rampart --help
#
# fixtures/deploy/README.md pushes it to ECR and runs it on a schedule.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
COPY policies/ policies/
# The Maven repository lives in a BuildKit cache, so rebuilds do not download the dependencies again.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -q -B -DskipTests package

FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 rampart \
 && useradd --system --uid 10001 --gid rampart --home-dir /opt/rampart --shell /usr/sbin/nologin rampart \
 && mkdir -p /opt/rampart /results \
 && chown rampart:rampart /results
COPY --from=build /src/target/rampart.jar /opt/rampart/rampart.jar
# Where the scheduled scan writes its results; a volume mounted here keeps the directory's owner.
VOLUME ["/results"]
USER rampart:rampart
WORKDIR /results
# The built-in rules come compiled in the jar; a compiled-code cache in a throwaway container only costs writes.
ENV RAMPART_CACHE_DIR=off
# A scan is a batch job: the throughput collector, and most of the task's memory for the heap.
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-XX:MaxRAMPercentage=75", "-jar", "/opt/rampart/rampart.jar"]
CMD ["--help"]
