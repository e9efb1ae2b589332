package io.jenkins.plugins.codearts.emulator.time;

/** Wall-clock time sped up by a factor, anchored at the moment of construction. */
public final class ScaledClock implements EmulatorClock {

    private final long anchorWallMillis;
    private final long anchorNanos;
    private final double speed;

    public ScaledClock(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive finite factor (1 = real time, 10 = ten times faster), was " + speed);
        }
        this.speed = speed;
        this.anchorWallMillis = System.currentTimeMillis();
        this.anchorNanos = System.nanoTime();
    }

    @Override
    public long millis() {
        double elapsedMillis = (System.nanoTime() - anchorNanos) / 1_000_000.0;
        return anchorWallMillis + (long) (elapsedMillis * speed);
    }

    public double speed() {
        return speed;
    }

    @Override
    public String toString() {
        return "ScaledClock[speed=" + speed + "]";
    }
}
