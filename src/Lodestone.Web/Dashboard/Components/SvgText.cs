using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Lodestone.Web.Dashboard.Components;

/// <summary>An SVG <c>&lt;text&gt;</c> label: Razor reads a literal <c>&lt;text&gt;</c> tag as its own markup block, so charts write labels through this component (attributes and text still encoded by the renderer).</summary>
public sealed class SvgText : ComponentBase
{
    /// <summary>The CSS class (xtick, ytick, label).</summary>
    [Parameter] public string? Class { get; set; }

    /// <summary>The x coordinate, in the chart's user units, as written.</summary>
    [Parameter, EditorRequired] public string X { get; set; } = "";

    [Parameter, EditorRequired] public string Y { get; set; } = "";

    /// <summary>The <c>text-anchor</c>: start, middle or end.</summary>
    [Parameter] public string? Anchor { get; set; }

    /// <summary>An SVG transform ("rotate(-90)" for a vertical axis label).</summary>
    [Parameter] public string? Transform { get; set; }

    [Parameter, EditorRequired] public string Text { get; set; } = "";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "class", Class);
        builder.AddAttribute(2, "transform", Transform);
        builder.AddAttribute(3, "x", X);
        builder.AddAttribute(4, "y", Y);
        builder.AddAttribute(5, "text-anchor", Anchor);
        builder.AddContent(6, Text);
        builder.CloseElement();
    }
}
