"""Plots: real image files, and names kept apart so they can be read."""

import xml.etree.ElementTree as ET

import networkx as nx

from diplograph.analyse.plots import apart, plot_network, plot_timeline


def network():
    graph = nx.Graph()
    for node, label in (("a", "Ana Lima"), ("b", "Ben Osei"), ("c", "Chen Li")):
        graph.add_node(node, label=label, country="")
    graph.add_edge("a", "b", weight=2, contacts=["c1", "c2"], dates=["2024-01-02", "2024-02-03"],
                   types=["PhoneCall", "Meeting"])
    graph.add_edge("b", "c", weight=1, contacts=["c3"], dates=[""], types=["Visit"])
    return graph


def test_plots_write_png_and_svg(tmp_path):
    plot_network(network(), tmp_path / "network.png")
    plot_timeline(network(), tmp_path / "timeline.svg")
    assert (tmp_path / "network.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = ET.parse(tmp_path / "timeline.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Contacts per month (2 dated contacts)" in (tmp_path / "timeline.svg").read_text()


def test_plots_of_an_empty_network_say_so(tmp_path):
    plot_network(nx.Graph(), tmp_path / "empty.svg")
    plot_timeline(nx.Graph(), tmp_path / "empty-timeline.svg")
    assert "no contacts" in (tmp_path / "empty.svg").read_text()
    assert "No dated contacts" in (tmp_path / "empty-timeline.svg").read_text()


def test_plots_name_the_most_connected_and_skip_names_that_would_overlap():
    graph = network()
    layout = {"a": (0.0, 0.0), "b": (0.01, 0.001), "c": (1.0, 1.0)}
    contacts = {"a": 2, "b": 3, "c": 1}
    assert apart(graph, layout, contacts) == ["b", "c"]
