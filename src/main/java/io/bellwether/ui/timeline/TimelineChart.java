package io.bellwether.ui.timeline;

import io.bellwether.ui.timeline.TimelineEvent.Kind;
import java.time.Instant;
import java.time.ZoneId;
import io.bellwether.ui.common.DisplayFormats;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/** Draws the swimlanes on the shared time axis; redrawn when the data or the width changes. */
final class TimelineChart extends Region {
    static final double LABEL_WIDTH = 232;
    static final double AXIS_HEIGHT = 30;
    static final double LANE_HEIGHT = 46;
    private static final double RIGHT_PAD = 18;

    private List<TimelineLane> lanes = List.of();
    private Instant start;
    private Instant end;
    private ZoneId zone = ZoneId.systemDefault();
    private TimelineEvent selected;
    private String highlighted;
    private Consumer<TimelineEvent> onSelect = event -> { };
    private java.util.function.BiConsumer<Double, Double> onZoom = (factor, anchor) -> { };
    private java.util.function.DoubleConsumer onPan = fraction -> { };
    private double dragX = Double.NaN;
    private boolean dirty = true;
    private double drawnWidth = -1;

    TimelineChart() {
        getStyleClass().add("timeline-chart");
        // The wheel zooms around the pointer, a sideways scroll or a drag pans.
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, scroll -> {
            if (start == null || scroll.getX() < LABEL_WIDTH) {
                return;
            }
            if (scroll.getDeltaX() != 0) {
                onPan.accept(-scroll.getDeltaX() / plotWidth());
            } else if (scroll.getDeltaY() != 0) {
                onZoom.accept(scroll.getDeltaY() > 0 ? 0.8 : 1.25, Math.max(0, Math.min(1, (scroll.getX() - LABEL_WIDTH) / plotWidth())));
            }
            scroll.consume();
        });
        setOnMousePressed(press -> dragX = press.getX() >= LABEL_WIDTH ? press.getX() : Double.NaN);
        setOnMouseDragged(drag -> {
            if (!Double.isNaN(dragX)) {
                onPan.accept((dragX - drag.getX()) / plotWidth());
                dragX = drag.getX();
            }
        });
        setOnMouseReleased(release -> dragX = Double.NaN);
    }

    void setOnZoom(java.util.function.BiConsumer<Double, Double> onZoom) {
        this.onZoom = onZoom;
    }

    void setOnPan(java.util.function.DoubleConsumer onPan) {
        this.onPan = onPan;
    }

    private double plotWidth() {
        return Math.max(50, getWidth() - LABEL_WIDTH - RIGHT_PAD);
    }

    void setData(List<TimelineLane> lanes, Instant start, Instant end, ZoneId zone) {
        this.lanes = List.copyOf(lanes);
        this.start = start;
        this.end = end;
        this.zone = zone;
        invalidate();
    }

    void setSelected(TimelineEvent event) {
        this.selected = event;
        invalidate();
    }

    void setHighlighted(String laneId) {
        this.highlighted = laneId;
        invalidate();
    }

    void setOnSelect(Consumer<TimelineEvent> onSelect) {
        this.onSelect = onSelect;
    }

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return AXIS_HEIGHT + lanes.size() * LANE_HEIGHT + 8;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computeMinWidth(double height) {
        return LABEL_WIDTH + 140;
    }

    @Override
    protected void layoutChildren() {
        if (dirty || getWidth() != drawnWidth) {
            dirty = false;
            drawnWidth = getWidth();
            redraw();
        }
    }

    private void redraw() {
        getChildren().clear();
        if (start == null || lanes.isEmpty()) {
            return;
        }
        double plotWidth = plotWidth();
        TimeAxis axis = new TimeAxis(start, end, plotWidth, zone);
        double bottom = AXIS_HEIGHT + lanes.size() * LANE_HEIGHT;
        for (int i = 0; i < lanes.size(); i++) {
            drawLaneBackground(lanes.get(i), i);
        }
        for (TimeAxis.Tick tick : axis.ticks(72)) {
            double x = LABEL_WIDTH + tick.x();
            Line grid = new Line(x, AXIS_HEIGHT - 6, x, bottom);
            grid.getStyleClass().add("timeline-grid");
            getChildren().add(grid);
            if (tick.x() + tick.label().length() * 6.5 < plotWidth + RIGHT_PAD) {
                Text label = new Text(x + 3, AXIS_HEIGHT - 10, tick.label());
                label.getStyleClass().add("timeline-tick");
                getChildren().add(label);
            }
        }
        for (int i = 0; i < lanes.size(); i++) {
            drawLaneEvents(lanes.get(i), i, axis);
        }
    }

    private void drawLaneBackground(TimelineLane lane, int index) {
        double top = AXIS_HEIGHT + index * LANE_HEIGHT;
        Rectangle background = new Rectangle(0, top, getWidth(), LANE_HEIGHT);
        background.getStyleClass().addAll("timeline-lane", index % 2 == 0 ? "timeline-lane-even" : "timeline-lane-odd");
        if (lane.id().equals(highlighted)) {
            background.getStyleClass().add("timeline-lane-highlight");
        }
        Text label = new Text(10, top + 18, lane.label());
        label.getStyleClass().add("timeline-lane-label");
        label.setTextOrigin(VPos.BASELINE);
        Text sublabel = new Text(10, top + 35, lane.sublabel());
        sublabel.getStyleClass().add("timeline-lane-sublabel");
        Rectangle clip = new Rectangle(0, top, LABEL_WIDTH - 8, LANE_HEIGHT);
        label.setClip(clip);
        sublabel.setClip(new Rectangle(0, top, LABEL_WIDTH - 8, LANE_HEIGHT));
        getChildren().addAll(background, label, sublabel);
    }

    private void drawLaneEvents(TimelineLane lane, int index, TimeAxis axis) {
        double middle = AXIS_HEIGHT + index * LANE_HEIGHT + LANE_HEIGHT / 2;
        List<TimelineEvent> events = lane.events();
        double plotEnd = LABEL_WIDTH + plotWidth();
        double firstX = Math.max(LABEL_WIDTH, LABEL_WIDTH + axis.x(events.get(0).time()));
        double lastX = Math.min(plotEnd, LABEL_WIDTH + axis.x(events.get(events.size() - 1).time()));
        if (firstX > plotEnd || lastX < LABEL_WIDTH) {
            return;
        }
        Line span = new Line(firstX, middle - 5, lastX, middle - 5);
        span.getStyleClass().add("timeline-span");
        getChildren().add(span);
        events = events.stream().filter(event -> !event.time().isBefore(axis.start()) && !event.time().isAfter(axis.end())).toList();
        events.stream().filter(event -> event.kind().isHealthCheck())
                .sorted(Comparator.comparingInt(event -> drawnAbove(event.kind())))
                .forEach(event -> getChildren().add(marker(event, LABEL_WIDTH + axis.x(event.time()), middle + 10)));
        for (TimelineEvent event : events) {
            if (!event.kind().isHealthCheck()) {
                getChildren().add(marker(event, LABEL_WIDTH + axis.x(event.time()), middle - 5));
            }
        }
    }

    /**
     * Health marks are drawn healthy first and unhealthy last: zoomed out, a degraded check a few pixels
     * from the healthy one after it must not vanish under it.
     */
    private static int drawnAbove(Kind kind) {
        return switch (kind) {
            case HEALTH_UNHEALTHY -> 3;
            case HEALTH_DEGRADED -> 2;
            case HEALTH_UNKNOWN -> 1;
            default -> 0;
        };
    }

    private Node marker(TimelineEvent event, double x, double y) {
        Shape shape;
        if (event.kind() == Kind.ROLLED_BACK || event.kind() == Kind.FAILED) {
            shape = new Polygon(x, y - 8, x + 8, y, x, y + 8, x - 8, y);
        } else if (event.kind() == Kind.HOOK_CALLED || event.kind() == Kind.HOOK_FAILED) {
            shape = new Rectangle(x - 4, y - 15, 8, 8);
        } else if (event.kind().isHealthCheck() || event.kind() == Kind.COMPARISONS) {
            shape = new Circle(x, y, 4);
        } else {
            shape = new Circle(x, y, 6.5);
        }
        shape.getStyleClass().addAll("timeline-event", "event-" + event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (event.equals(selected)) {
            shape.getStyleClass().add("timeline-event-selected");
        }
        shape.setCursor(Cursor.HAND);
        shape.setOnMouseClicked(click -> onSelect.accept(event));
        Tooltip.install(shape, new Tooltip(event.title() + " · " + DisplayFormats.time(event.time(), zone)));
        return shape;
    }
}
