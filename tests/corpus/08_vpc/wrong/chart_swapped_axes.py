"""Dibuja los costes en el eje x y los GB en el y (6b); en el coste solo cobra las horas de una NAT (6a)."""
# fails: ej6a-pruebas ej6b-pruebas
# %% ej6a-respuesta
def monthly_network_cost(gb_to_s3, gb_to_internet, nat_gateways, s3_endpoint, hours=HOURS_PER_MONTH):
    """Dólares de NAT (horas, IP elástica y GB) en `hours` horas, con o sin punto de conexión para S3."""
    hourly = (NAT_HOURLY + PUBLIC_IPV4_HOURLY) * hours
    gb_through_nat = gb_to_internet + (0 if s3_endpoint else gb_to_s3)
    return hourly + gb_through_nat * NAT_PER_GB
# %% ej6b-respuesta
def plot_nat_vs_endpoint(gb_values, gb_to_internet, nat_gateways):
    """Coste del mes frente a GB hacia S3: solo NAT, o NAT y punto de conexión para S3."""
    fig, ax = new_chart("¿Por dónde va el tráfico a S3?", "GB al mes hacia S3", "Coste al mes ($)")
    for endpoint, label in ((False, "Todo por la puerta de enlace NAT"),
                            (True, "S3 por el punto de conexión de puerta de enlace")):
        costs = [monthly_network_cost(gb, gb_to_internet, nat_gateways, endpoint) for gb in gb_values]
        ax.plot(costs, gb_values, marker="o", label=label)
    ax.legend()
    return fig
